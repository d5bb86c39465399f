package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.tokens.Token;

/**
 * A reason the claim gives (weil sie Rückenschmerzen hatte, wegen des Regens) that its source does
 * not: a claim word in the claim's reason clause that the sentence leaves unsaid, while the sentence
 * gives no reason at all, is a detail the claim adds, never a tolerated gap.
 */
public final class GivenReason {

	/** Words that open a reason in the claim, up to the next comma. */
	private static final Set<String> BECAUSE = Set.of("weil", "denn", "deshalb", "daher", "darum", "deswegen", "wegen",
			"aufgrund");

	/** Words by which a sentence gives a reason or a consequence (the claim's reason may be said the other way round). */
	private static final Set<String> CAUSAL = Set.of("weil", "da", "denn", "deshalb", "daher", "darum", "deswegen", "wegen",
			"aufgrund", "weshalb", "sodass", "dadurch", "damit");

	private GivenReason() {
	}

	/** Whether the gap lies in the claim's reason and the sentence gives none. */
	public static boolean unsaid(AnalyzedText claim, Term gap, AnalyzedText sentence) {
		return inReason(claim, gap)
				&& sentence.tokens().stream().map(t -> t.text().toLowerCase(Locale.GERMAN)).noneMatch(CAUSAL::contains);
	}

	private static boolean inReason(AnalyzedText claim, Term gap) {
		List<Token> tokens = claim.tokens();
		for (int i = gap.index() - 1; i >= 0; i--) {
			String word = tokens.get(i).text().toLowerCase(Locale.GERMAN);
			if (BECAUSE.contains(word)) {
				return true;
			}
			if (word.equals(",") || word.equals(";")) {
				return false;
			}
		}
		return false;
	}
}
