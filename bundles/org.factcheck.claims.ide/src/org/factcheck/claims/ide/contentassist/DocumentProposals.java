package org.factcheck.claims.ide.contentassist;

import java.util.Comparator;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.corpus.Document;

import com.google.inject.Inject;

/**
 * Proposes the corpus documents a citation can name: the id to insert, shown with title, publisher
 * and date.
 */
public class DocumentProposals {

	@Inject
	private IdeContentProposalCreator proposalCreator;

	@Inject
	private IdeContentProposalPriorities priorities;

	public void propose(CorpusView corpus, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		TypedText typed = TypedText.at(context);
		String typedLower = typed.value().toLowerCase(Locale.ROOT);
		corpus.corpus().getDocuments().stream()
				.filter(document -> document.getId() != null && !document.getId().isEmpty())
				.filter(document -> document.getId().toLowerCase(Locale.ROOT).startsWith(typedLower))
				.sorted(Comparator.comparing(Document::getId))
				.takeWhile(unused -> acceptor.canAcceptMoreProposals())
				.forEach(document -> {
					ContentAssistEntry entry = proposalCreator.createProposal(typed.literal(document.getId()), context,
							ContentAssistEntry.KIND_REFERENCE, proposal -> {
								proposal.setLabel(document.getId());
								proposal.setDescription(summary(document));
								proposal.setDocumentation(documentation(document));
								proposal.setSource(document);
							});
					if (entry != null) {
						acceptor.accept(entry, priorities.getCrossRefPriority(null, entry));
					}
				});
	}

	/** How long a title may be in a proposal's one-line summary. */
	static final int TITLE_LENGTH = 70;

	/** Title (shortened), publisher and publication date, as far as they are known. */
	static String summary(Document document) {
		StringJoiner summary = new StringJoiner(" · ");
		if (document.getTitle() != null && !document.getTitle().isBlank()) {
			String title = document.getTitle().strip().replaceAll("\\s+", " ");
			summary.add(title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1).stripTrailing() + "…");
		}
		if (document.getPublisher() != null && !document.getPublisher().isBlank()) {
			summary.add(document.getPublisher().strip());
		}
		if (document.getPublished() != null) {
			summary.add(document.getPublished().toString());
		}
		return summary.toString();
	}

	/** The whole title and the URL, for the proposal's details. */
	static String documentation(Document document) {
		StringJoiner documentation = new StringJoiner("\n");
		if (document.getTitle() != null && !document.getTitle().isBlank()) {
			documentation.add(document.getTitle().strip());
		}
		if (document.getUrl() != null && !document.getUrl().isBlank()) {
			documentation.add(document.getUrl().strip());
		}
		return documentation.length() == 0 ? null : documentation.toString();
	}
}
