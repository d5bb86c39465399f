package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A noun of possibility with the act it makes possible as its zu-infinitive (ein Maler mit der
 * Fähigkeit, im Freien zu arbeiten; die Gelegenheit, den Minister zu treffen): a sentence that states
 * the act states that it was possible, so where it realises the infinitive's verb the noun is no
 * element it must also give.
 */
public final class PossibleAct {

	private static final Set<String> POSSIBILITY = Set.of("fähigkeit", "möglichkeit", "gelegenheit");

	/** How far after the noun its zu-infinitive may close (ihre Fähigkeit, mit wenig Licht gute Bilder zu machen). */
	private static final int REACH = 10;

	private PossibleAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return whether the term is a noun of possibility whose zu-infinitive's verb the sentence realises
	 */
	public static boolean madePossible(AnalyzedText claim, Alignment alignment, Term term) {
		if (term.kind() != TermKind.NOUN || !POSSIBILITY.contains(claim.lemmas().get(term.index()))) {
			return false;
		}
		List<String> words = claim.lowerCaseWords();
		List<String> tags = claim.tags();
		boolean comma = false;
		for (int i = term.index() + 1; i + 1 < words.size() && i <= term.index() + REACH; i++) {
			if (tags.get(i).equals("PUNCT")) {
				if (comma || !words.get(i).equals(",")) {
					return false;
				}
				comma = true;
			} else if (words.get(i).equals("zu") && tags.get(i + 1).equals("VERB")) {
				int verb = i + 1;
				return alignment.matches().stream().anyMatch(m -> m.claimTerm().index() == verb && m.score() >= Alignment.REALISED);
			}
		}
		return false;
	}
}
