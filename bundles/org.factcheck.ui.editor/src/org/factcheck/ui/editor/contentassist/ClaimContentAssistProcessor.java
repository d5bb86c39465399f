package org.factcheck.ui.editor.contentassist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.model.ClaimDocumentModel;
import org.factcheck.ui.editor.model.ClaimDocumentModels;

import com.google.inject.Injector;

/**
 * Content assist (Ctrl+Space) from the claim language's IDE-neutral proposal provider: keywords,
 * document ids with title, publisher and date, passages of the cited document inside a quote, and
 * verdicts after {@code expect}. Runs off the UI thread on the document's up-to-date resource.
 */
public class ClaimContentAssistProcessor implements IContentAssistProcessor {

	private static final Duration WAIT_FOR_MODEL = Duration.ofSeconds(10);

	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		Optional<ClaimDocumentModel> model = ClaimDocumentModels.find(viewer.getDocument());
		if (model.isEmpty()) {
			return new ICompletionProposal[0];
		}
		try {
			List<ContentAssistEntry> entries = model.get().read(WAIT_FOR_MODEL, resource -> entries(resource, offset))
					.orElse(null);
			if (entries == null) {
				error = "The claim file is still being checked; try again in a moment.";
				return new ICompletionProposal[0];
			}
			return entries.stream().map(entry -> new EntryProposal(entry, offset)).toArray(ICompletionProposal[]::new);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new ICompletionProposal[0];
		}
	}

	private static List<ContentAssistEntry> entries(org.eclipse.xtext.resource.XtextResource resource, int offset) {
		String text = resource.getParseResult().getRootNode().getText();
		if (offset > text.length()) {
			return List.of();
		}
		Injector injector = FactcheckUi.getDefault().claimsInjector();
		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(injector.getInstance(ExecutorService.class));
		ContentAssistContext[] created = contexts.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(created), acceptor);
		Map<String, ContentAssistEntry> unique = new LinkedHashMap<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			unique.putIfAbsent(entry.getPrefix() + "\u0000" + entry.getProposal(), entry);
		}
		return new ArrayList<>(unique.values());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
