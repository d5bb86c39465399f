package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Scales;

/**
 * {@code kein} before a noun is how German denies a clause about an indefinite thing (Die Preise
 * sind keine Geschenke: they are not gifts), not only a quantity of none: a sentence that denies
 * the clause of the word realising that noun ({@code Die Preise sind nicht als Geschenke gedacht})
 * gives the claim's degree. The pronoun {@code keiner der …} is a quantity and is not read so.
 */
public final class NegatingArticle {

	private NegatingArticle() {
	}

	/**
	 * Whether the claim's degree is a {@code kein} before a noun whose realising word stands in a
	 * clause of the sentence that a word of negation denies (not {@code nicht nur}).
	 *
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 */
	public static boolean deniedAlike(AnalyzedText claim, Scales.Mark mark, AnalyzedText sentence, Alignment alignment) {
		int noun = nounAfter(claim, mark);
		if (noun < 0) {
			return false;
		}
		return alignment.matches().stream().filter(m -> m.claimTerm().index() == noun && m.realisedInSentence())
				.map(TermMatch::sentenceTerm).anyMatch(realising -> deniedClause(sentence, realising.index()));
	}

	/** The noun the claim's kein stands before, over adjectives; -1 where the degree is no such kein. */
	private static int nounAfter(AnalyzedText claim, Scales.Mark mark) {
		if (mark.degree() != Scales.Degree.NONE || mark.first() != mark.last()
				|| !claim.lowerCaseWords().get(mark.first()).startsWith("kein")) {
			return -1;
		}
		List<String> tags = claim.tags();
		int at = mark.first() + 1;
		while (at < tags.size() && tags.get(at).equals("ADJ")) {
			at++;
		}
		return at < tags.size() && (tags.get(at).equals("NOUN") || tags.get(at).equals("PROPN")) ? at : -1;
	}

	private static boolean deniedClause(AnalyzedText sentence, int token) {
		NegationCues cues = NegationCues.german();
		List<String> words = sentence.lowerCaseWords();
		Set<Integer> notNegating = cues.phraseTokens(words, effect -> true);
		for (int i = ClauseBoundary.start(sentence, token); i <= ClauseBoundary.end(sentence, token); i++) {
			if (i != token && cues.denies(words.get(i)) && !notNegating.contains(i)) {
				return true;
			}
		}
		return false;
	}
}
