package org.factcheck.evidence.aspects;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A negation that a {@code sondern} corrects ({@code bietet nicht mehr 750 Euro, sondern 400.000 Euro
 * an}; {@code findet nicht in Wien, sondern in Graz statt}): it denies only the phrase up to the
 * correction, and the sentence asserts what follows {@code sondern} instead. Where the claim's words
 * realised in the denied phrase all come again after {@code sondern}, and the claim has a word of its
 * own there, the negation does not deny the claim.
 */
public final class CorrectedPhrase {

	/** Word classes that say nothing of their own. */
	private static final Set<String> FUNCTION = Set.of("DET", "ADP", "ADP+DET", "PUNCT", "CCONJ", "PRON");

	private CorrectedPhrase() {
	}

	/** Whether the negation at {@code negation} is corrected by a later {@code , sondern} in a way that leaves the claim asserted. */
	public static boolean corrects(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, int negation) {
		List<String> words = sentence.lowerCaseWords();
		int sondern = -1;
		for (int i = negation + 2; i < words.size(); i++) {
			if (words.get(i).equals("sondern") && words.get(i - 1).equals(",")) {
				sondern = i;
				break;
			}
			if (!words.get(i).equals(",") && sentence.tags().get(i).equals("PUNCT")) {
				return false;
			}
		}
		if (sondern < 0) {
			return false;
		}
		Set<String> corrected = new HashSet<>(words.subList(sondern + 1, words.size()));
		for (TermMatch match : alignment.matches()) {
			int at = match.realisedInSentence() ? match.sentenceTerm().index() : -1;
			if (at > negation && at < sondern && !corrected.contains(words.get(at))) {
				return false;
			}
		}
		Set<String> claimWords = new HashSet<>(claim.lowerCaseWords());
		for (int i = sondern + 1; i < words.size(); i++) {
			if (!FUNCTION.contains(sentence.tags().get(i)) && claimWords.contains(words.get(i))
					&& !words.subList(negation + 1, sondern).contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}
}
