package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Optional;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A flip by opposite nouns (Sohn / Tochter, Mann / Frau) names another participant, not the other
 * polarity of the act: it conflicts only where the sentence tells the claim's act. One that leaves
 * the claim's predicate unsaid (fotografierte den Hund ihres Bruders / fütterte den Hund ihrer
 * Schwester) may tell another event with another person.
 */
public final class OppositeParticipant {

	private OppositeParticipant() {
	}

	/** Whether the flip is one of opposite nouns in a sentence that does not realise the claim's predicate. */
	public static boolean inAnotherAct(AnalyzedText claim, Flip flip, Alignment alignment) {
		if (flip.kind() != Flip.Kind.OPPOSITE || alignment.predicateMatched()) {
			return false;
		}
		List<Term> opposites = flip.claimPolarity().stream().map(claim::termAt).flatMap(Optional::stream).toList();
		return !opposites.isEmpty() && opposites.stream().allMatch(term -> term.kind() == TermKind.NOUN);
	}
}
