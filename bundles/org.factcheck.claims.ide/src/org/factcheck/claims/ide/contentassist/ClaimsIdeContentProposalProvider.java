package org.factcheck.claims.ide.contentassist;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.CorpusView;
import org.factcheck.claims.services.ClaimsGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist of the claim language: document ids after {@code cites} and {@code ,}, passages
 * of the cited document after {@code quote}, and the keywords.
 */
public class ClaimsIdeContentProposalProvider extends IdeContentProposalProvider {

	private static final Set<String> VALUE_EXPECTED_AFTER = Set.of("cites", "asof", "expect", "quote", ",", "corpus");

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
			Optional<Citation> citation = citation(context.getCurrentModel()).or(() -> citation(context.getPreviousModel()))
					.or(() -> citationBefore(context));
			Optional<CorpusView> corpus = corpus(context);
			if (citation.isPresent() && corpus.isPresent()) {
				passageProposals.propose(corpus.get(), citation.get(), context, acceptor);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	/**
	 * Keywords are proposed where a claim can use them: never as stray text, and no new claim right
	 * after a clause keyword or comma, where a value must follow.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (rule == grammar.getStrayStartRule() || rule == grammar.getStrayTokenRule()) {
			return false;
		}
		if ("claim".equals(keyword.getValue()) && context.getLastCompleteNode() != null
				&& VALUE_EXPECTED_AFTER.contains(context.getLastCompleteNode().getText())) {
			return false;
		}
		return super.filterKeyword(keyword, context);
	}

	private Optional<CorpusView> corpus(ContentAssistContext context) {
		return context.getResource() == null ? Optional.empty() : corpusProvider.view(context.getResource());
	}

	/**
	 * The citation just before the cursor's {@code quote} keyword: while the passage is not yet
	 * written, the parser reads {@code quote} as text after the claim, not as part of the citation.
	 */
	private static Optional<Citation> citationBefore(ContentAssistContext context) {
		if (!(context.getRootModel() instanceof ClaimFile file) || context.getLastCompleteNode() == null) {
			return Optional.empty();
		}
		int before = context.getLastCompleteNode().getOffset();
		Citation last = null;
		for (Claim claim : file.getClaims()) {
			for (Citation citation : claim.getCitations()) {
				INode node = NodeModelUtils.getNode(citation);
				if (node != null && node.getEndOffset() <= before) {
					last = citation;
				}
			}
		}
		return Optional.ofNullable(last);
	}

	private static Optional<Citation> citation(EObject model) {
		return model instanceof Citation citation ? Optional.of(citation) : Optional.empty();
	}
}
