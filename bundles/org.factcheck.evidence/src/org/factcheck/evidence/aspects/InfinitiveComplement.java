package org.factcheck.evidence.aspects;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;

/**
 * A claim's verb with an infinitive after it ({@code empfiehlt, die Holding aufzulösen}, {@code
 * kündigte an, zurückzutreten}): the verb says what was done (recommended, announced), the
 * infinitive what it was done about. A sentence that leaves out either does not say what the claim
 * says, so neither is a tolerated gap.
 */
public final class InfinitiveComplement {

	private InfinitiveComplement() {
	}

	/** Whether the claim's unrealised word is a verb with a zu-infinitive after it, or that infinitive. */
	public static boolean holds(AnalyzedText claim, Term gap) {
		if (gap.kind() != TermKind.VERB) {
			return false;
		}
		for (int token = gap.index(); token < claim.tokens().size(); token++) {
			if (zuInfinitive(claim, token)) {
				return true;
			}
		}
		return false;
	}

	/** An infinitive with zu before it (zu senken) or inside it (aufzulösen). */
	private static boolean zuInfinitive(AnalyzedText text, int token) {
		if (!text.tags().get(token).equals("VERB")) {
			return false;
		}
		if (token > 0 && text.lowerCaseWords().get(token - 1).equals("zu")) {
			return true;
		}
		return GermanLexicon.german().readings(text.tokens().get(token).text()).stream()
				.anyMatch(reading -> reading.tag().contains(":EIZ"));
	}
}
