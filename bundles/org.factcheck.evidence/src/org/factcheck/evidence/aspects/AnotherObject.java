package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The claim's act with another object: the sentence's clause (between punctuation marks: a noun
 * coordinated by und is the same object) of the word that realises the claim's verb gives, after
 * the claim's preposition, a noun that realises nothing of the claim, while the claim's noun after
 * that preposition is realised only outside that clause (Sie hat einen eingebauten Blitz, auf einen
 * Sucher hat der Hersteller verzichtet: the maker did not do without the Blitz). Such a sentence
 * does not state the claim. Nor does one whose clause of the claim's verb gives, after the
 * preposition before a word of the claim it leaves out, a word that realises nothing of the claim
 * ({@link #replaces}: wurde in der Sporthalle untergebracht for wurde in der Kaserne untergebracht).
 */
public final class AnotherObject {

	/** How many articles and adjectives may stand between a preposition and its noun. */
	private static final int REACH = 3;

	private AnotherObject() {
	}

	/** Whether the sentence gives the claim's verb another object after the claim's preposition. */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		List<TermMatch> verbs = alignment.matches().stream()
				.filter(m -> m.claimTerm().kind() == TermKind.VERB && m.realisedInSentence()).toList();
		if (verbs.isEmpty()) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch object : alignment.matches()) {
			Term noun = object.claimTerm();
			if (noun.kind() != TermKind.NOUN || !object.realisedInSentence()) {
				continue;
			}
			int preposition = prepositionBefore(claim, noun.index());
			if (preposition < 0) {
				continue;
			}
			String word = claim.lowerCaseWords().get(preposition);
			for (TermMatch verb : verbs) {
				int at = verb.sentenceTerm().index();
				int from = ClauseBoundary.stretchStart(sentence, at);
				int to = ClauseBoundary.stretchEnd(sentence, at);
				int realisedAt = object.sentenceTerm().index();
				if (realisedAt >= from && realisedAt <= to) {
					continue;
				}
				for (int i = from; i <= to; i++) {
					if (sentence.lowerCaseWords().get(i).equals(word)) {
						int other = nounAfter(sentence, i);
						if (other >= 0 && other <= to && !realising.contains(other)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether the sentence's clause of a word realising the claim's verb gives, after the preposition
	 * the claim puts before the unrealised {@code gap}, another word that realises nothing of the
	 * claim (Der Großteil wurde in der Sporthalle untergebracht for in der Kaserne untergebracht): the
	 * sentence says where or what instead, so the gap may be the claim's own content rather than a
	 * detail left out; whether it is, is for the caller to judge (a word for the same thing in other
	 * words realises nothing either).
	 */
	public static boolean replaces(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() == TermKind.VERB || gap.kind() == TermKind.NUMBER) {
			return false;
		}
		int preposition = prepositionBefore(claim, gap.index());
		if (preposition < 0) {
			return false;
		}
		String word = claim.lowerCaseWords().get(preposition);
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch verb : alignment.matches()) {
			if (verb.claimTerm().kind() != TermKind.VERB || !verb.realisedInSentence()) {
				continue;
			}
			int at = verb.sentenceTerm().index();
			int to = ClauseBoundary.stretchEnd(sentence, at);
			for (int i = ClauseBoundary.stretchStart(sentence, at); i <= to; i++) {
				if (sentence.lowerCaseWords().get(i).equals(word) && sentence.tags().get(i).equals("ADP")) {
					int other = wordAfter(sentence, i);
					if (other >= 0 && other <= to && !realising.contains(other)
							&& !sentence.tokens().get(other).text().equalsIgnoreCase(gap.text())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The noun, name or adjective closing the phrase after the preposition, over articles and adjectives; -1 if none. */
	private static int wordAfter(AnalyzedText text, int preposition) {
		int last = -1;
		for (int i = preposition + 1; i < Math.min(text.tags().size(), preposition + 2 + REACH); i++) {
			String tag = text.tags().get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return i;
			}
			if (tag.equals("ADJ")) {
				last = i;
			} else if (!tag.equals("DET")) {
				break;
			}
		}
		return last;
	}

	/** The preposition before the noun, over articles and adjectives only; -1 if none. */
	private static int prepositionBefore(AnalyzedText text, int noun) {
		for (int i = noun - 1; i >= Math.max(0, noun - 1 - REACH); i--) {
			String tag = text.tags().get(i);
			if (tag.equals("ADP")) {
				return i;
			}
			if (!tag.equals("DET") && !tag.equals("ADJ")) {
				return -1;
			}
		}
		return -1;
	}

	/** The noun after the preposition, over articles and adjectives only; -1 if none. */
	private static int nounAfter(AnalyzedText text, int preposition) {
		for (int i = preposition + 1; i < Math.min(text.tags().size(), preposition + 2 + REACH); i++) {
			String tag = text.tags().get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return i;
			}
			if (!tag.equals("DET") && !tag.equals("ADJ")) {
				return -1;
			}
		}
		return -1;
	}
}
