package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.stream.IntStream;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that only likens the claim's things to each other ({@code Der alte Lehrer ist wie ein
 * Vater für die Kinder} for {@code Der alte Lehrer adoptierte die Kinder}): its clause joins them by
 * sein and the particle wie, a noun of the claim on either side of wie and no full verb, so it says
 * what one thing is like, not what the claim says one does. Where the claim's full verb is the word
 * such a sentence leaves unsaid, it is no tolerated gap.
 */
public final class LikenedOnly {

	private LikenedOnly() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return whether the gap is a full verb and the clause of the sentence that realises the claim's
	 *         nouns on both sides of wie only likens one to the other
	 */
	public static boolean likens(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !claim.tags().get(gap.index()).equals("VERB") || !Elements.isElement(gap)) {
			return false;
		}
		List<String> words = sentence.lowerCaseWords();
		List<String> tags = sentence.tags();
		for (int wie = 1; wie < words.size(); wie++) {
			if (!words.get(wie).equals("wie")) {
				continue;
			}
			int start = ClauseBoundary.stretchStart(sentence, wie);
			int end = ClauseBoundary.stretchEnd(sentence, wie);
			boolean copula = IntStream.range(start, wie).anyMatch(i -> tags.get(i).equals("AUX") && Copulas.ofBeing(words.get(i)));
			if (copula && !tags.subList(start, end + 1).contains("VERB") && realisedNoun(alignment, start, wie)
					&& realisedNoun(alignment, wie + 1, end + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a noun or name of the claim is realised by a sentence word from {@code from} up to {@code to} (exclusive). */
	private static boolean realisedNoun(Alignment alignment, int from, int to) {
		for (TermMatch match : alignment.matches()) {
			Term term = match.claimTerm();
			if ((term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME) && match.realisedInSentence()
					&& match.sentenceTerm().index() >= from && match.sentenceTerm().index() < to) {
				return true;
			}
		}
		return false;
	}
}
