package org.factcheck.claims.ide.syntaxcoloring;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage.Literals;
import org.factcheck.claims.layout.FeatureNodes;

import com.google.inject.Inject;

/**
 * Highlights what a string or name is in the grammar: the corpus folder, a claim's name and text,
 * a cited document's id, a quoted passage, the as-of date and the expected verdict; and task tags
 * in comments.
 */
public class ClaimsSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Inject
	private OperationCanceledManager operationCanceledManager;

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof ClaimFile) {
			highlight(acceptor, object, Map.of(Literals.CLAIM_FILE__CORPUS.getName(), ClaimsHighlightingStyles.CORPUS_PATH));
			return false;
		}
		if (object instanceof Claim) {
			highlight(acceptor, object, CLAIM_STYLES);
			return false;
		}
		if (object instanceof Citation) {
			highlight(acceptor, object, CITATION_STYLES);
			return true;
		}
		return false;
	}

	/** Walks the claims and their citations, not every node of the file. */
	@Override
	protected void searchAndHighlightElements(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource.getParseResult() == null || !(resource.getParseResult().getRootASTElement() instanceof ClaimFile file)) {
			return;
		}
		highlightElement(file, acceptor, cancel);
		for (Claim claim : file.getClaims()) {
			operationCanceledManager.checkCanceled(cancel);
			highlightElement(claim, acceptor, cancel);
			for (Citation citation : claim.getCitations()) {
				highlightElement(citation, acceptor, cancel);
			}
		}
	}

	/**
	 * Task tags (Xtext's defaults, case-sensitive) are looked for only in files that have one: most
	 * have none, and files can be long.
	 */
	@Override
	protected void highlightTasks(XtextResource resource, IHighlightedPositionAcceptor acceptor) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		if (text.contains("TODO") || text.contains("FIXME") || text.contains("XXX")) {
			super.highlightTasks(resource, acceptor);
		}
	}

	private static final Map<String, String> CLAIM_STYLES = Map.of(Literals.CLAIM__NAME.getName(),
			ClaimsHighlightingStyles.CLAIM_NAME, Literals.CLAIM__TEXT.getName(), ClaimsHighlightingStyles.CLAIM_TEXT,
			Literals.CLAIM__AS_OF.getName(), ClaimsHighlightingStyles.DATE, Literals.CLAIM__EXPECTED.getName(),
			ClaimsHighlightingStyles.VERDICT);

	private static final Map<String, String> CITATION_STYLES = Map.of(Literals.CITATION__DOCUMENT.getName(),
			ClaimsHighlightingStyles.DOCUMENT_ID, Literals.CITATION__QUOTE.getName(), ClaimsHighlightingStyles.QUOTE);

	/** Highlights the features' nodes, found in one pass over the element's nodes. */
	private static void highlight(IHighlightedPositionAcceptor acceptor, EObject object, Map<String, String> styles) {
		FeatureNodes.of(object).ifPresent(nodes -> styles.forEach((feature, style) -> nodes.feature(feature)
				.ifPresent(node -> acceptor.addPosition(node.getOffset(), node.getLength(), style))));
	}
}
