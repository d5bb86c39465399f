package org.factcheck.claims.ide.syntaxcoloring;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;
import org.factcheck.claims.claims.Citation;
import org.factcheck.claims.claims.Claim;
import org.factcheck.claims.claims.ClaimFile;
import org.factcheck.claims.claims.ClaimsPackage.Literals;

/**
 * Highlights what a string or name is in the grammar: the corpus folder, a claim's name and text,
 * a cited document's id, a quoted passage, the as-of date and the expected verdict; and task tags
 * in comments.
 */
public class ClaimsSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (object instanceof ClaimFile) {
			highlightFeature(acceptor, object, Literals.CLAIM_FILE__CORPUS, ClaimsHighlightingStyles.CORPUS_PATH);
			return false;
		}
		if (object instanceof Claim) {
			highlightFeature(acceptor, object, Literals.CLAIM__NAME, ClaimsHighlightingStyles.CLAIM_NAME);
			highlightFeature(acceptor, object, Literals.CLAIM__TEXT, ClaimsHighlightingStyles.CLAIM_TEXT);
			highlightFeature(acceptor, object, Literals.CLAIM__AS_OF, ClaimsHighlightingStyles.DATE);
			highlightFeature(acceptor, object, Literals.CLAIM__EXPECTED, ClaimsHighlightingStyles.VERDICT);
			return false;
		}
		if (object instanceof Citation) {
			highlightFeature(acceptor, object, Literals.CITATION__DOCUMENT, ClaimsHighlightingStyles.DOCUMENT_ID);
			highlightFeature(acceptor, object, Literals.CITATION__QUOTE, ClaimsHighlightingStyles.QUOTE);
			return true;
		}
		return false;
	}
}
