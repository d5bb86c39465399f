package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TermKind;

/**
 * A noun the claim says something is without (ohne Helm unterwegs) that the sentence gives as
 * present (trugen einen Helm), or one the sentence says something is without that the claim gives
 * as present: the sentence says the opposite of the claim about that noun, so it does not state the
 * claim. A noun denied by kein (keinen Helm) counts as absent on either side.
 */
public final class WithoutPhrase {

	/** How far before its noun ohne or kein may stand (ohne einen eigenen Helm). */
	private static final int REACH = 4;

	private WithoutPhrase() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the claim's noun said absent on one side and present on the other
	 */
	public static Optional<TermMatch> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (!(kind == TermKind.NOUN || kind == TermKind.NAME) || !match.realisedInSentence()) {
				continue;
			}
			Absence inClaim = absence(claim, match.claimTerm().index());
			Absence inSentence = absence(sentence, match.sentenceTerm().index());
			if ((inClaim == Absence.WITHOUT || inSentence == Absence.WITHOUT) && (inClaim == Absence.NONE) != (inSentence == Absence.NONE)) {
				return Optional.of(match);
			}
		}
		return Optional.empty();
	}

	private enum Absence {
		NONE, WITHOUT, DENIED
	}

	/** Whether ohne or kein… stands before the noun within its phrase (no other noun, verb or punctuation between). */
	private static Absence absence(AnalyzedText text, int noun) {
		List<String> words = text.lowerCaseWords();
		List<String> tags = text.tags();
		for (int i = noun - 1; i >= 0 && i >= noun - REACH; i--) {
			String tag = tags.get(i);
			String word = words.get(i);
			if (word.equals("ohne")) {
				return Absence.WITHOUT;
			}
			if (word.startsWith("kein")) {
				return Absence.DENIED;
			}
			if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT")
					|| tag.equals("ADP")) {
				return Absence.NONE;
			}
		}
		return Absence.NONE;
	}
}
