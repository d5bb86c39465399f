package org.factcheck.claims.ide.contentassist;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.services.ClaimsGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist of the claim language: document ids after {@code cites} and {@code ,}, passages
 * of the cited document after {@code quote}, and the keywords.
 */
public class ClaimsIdeContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private ClaimsGrammarAccess grammar;

	@Inject
	private CorpusProvider corpusProvider;

	@Inject
	private DocumentProposals documentProposals;

	@Inject
	private PassageProposals passageProposals;

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (reference == grammar.getCitationAccess().getDocumentDocumentCrossReference_0_0()) {
			corpus(context).ifPresent(corpus -> documentProposals.propose(corpus, context, acceptor));
			return;
		}
		super._createProposals(reference, context, acceptor);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getCitationAccess().getQuoteAssignment_1_1()) {
			Optional<Citation> citation = citation(context.getCurrentModel()).or(() -> citation(context.getPreviousModel()));
			Optional<CorpusView> corpus = corpus(context);
			if (citation.isPresent() && corpus.isPresent()) {
				passageProposals.propose(corpus.get(), citation.get(), context, acceptor);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	private Optional<CorpusView> corpus(ContentAssistContext context) {
		return context.getResource() == null ? Optional.empty() : corpusProvider.view(context.getResource());
	}

	private static Optional<Citation> citation(EObject model) {
		return model instanceof Citation citation ? Optional.of(citation) : Optional.empty();
	}
}
