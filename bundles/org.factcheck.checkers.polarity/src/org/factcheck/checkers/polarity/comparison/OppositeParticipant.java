package org.factcheck.checkers.polarity.comparison;

import java.util.List;

import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.evidence.alignment.Alignment;

/**
 * A flip by persons of the other sex (Sohn / Tochter, Mann / Frau) names another participant, not
 * the other polarity of the act: it conflicts only where the sentence tells the claim's act. One that
 * leaves the claim's predicate unsaid (fotografierte den Hund ihres Bruders / fütterte den Hund ihrer
 * Schwester) may tell another event with another person.
 */
public final class OppositeParticipant {

	private OppositeParticipant() {
	}

	/** Whether the flip is one of persons of the other sex in a sentence that does not realise the claim's predicate. */
	public static boolean inAnotherAct(PolarityText claim, Flip flip, Alignment alignment) {
		if (flip.kind() != Flip.Kind.OPPOSITE || alignment.predicateMatched()) {
			return false;
		}
		List<Pole> flipped = claim.poles(flip.claimClause()).stream()
				.filter(pole -> flip.claimPolarity().stream().anyMatch(token -> pole.first() <= token && token <= pole.last())).toList();
		return !flipped.isEmpty() && flipped.stream().allMatch(Antonyms.german()::ofPersons);
	}
}
