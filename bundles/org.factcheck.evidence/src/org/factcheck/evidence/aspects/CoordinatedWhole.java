package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TermKind;

/**
 * A figure for a coordinated whole ({@code in Liga und Cup 19 Tore}, {@code in Wien und Graz 300
 * Mitarbeiter}): it does not hold for one of the parts, so a sentence giving it does not state a
 * claim that gives the same figure for one part alone ({@code 19 Tore in der Liga}).
 */
public final class CoordinatedWhole {

	private static final Set<String> CONJUNCTIONS = Set.of("und", "sowie");

	/** How many words the other part may take after the conjunction (die Champions League). */
	private static final int REACH = 3;

	private CoordinatedWhole() {
	}

	/**
	 * Whether the sentence gives the claim's number in the same stretch (no punctuation between) as
	 * a noun or name of the claim that it coordinates with another the claim does not name, while
	 * the claim does not coordinate that word.
	 */
	public static boolean countsAWhole(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		List<TermMatch> numbers = alignment.matches().stream()
				.filter(m -> m.claimTerm().kind() == TermKind.NUMBER && m.realisedInSentence()).toList();
		if (numbers.isEmpty()) {
			return false;
		}
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if ((kind == TermKind.NOUN || kind == TermKind.NAME) && match.realisedInSentence()
					&& !coordinated(claim, match.claimTerm().index())
					&& coordinatesAnother(sentence, alignment, match.sentenceTerm().index())
					&& numbers.stream().anyMatch(n -> sameStretch(sentence, n.sentenceTerm().index(), match.sentenceTerm().index()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean coordinated(AnalyzedText text, int token) {
		List<String> words = text.lowerCaseWords();
		return token + 1 < words.size() && CONJUNCTIONS.contains(words.get(token + 1))
				|| token > 0 && CONJUNCTIONS.contains(words.get(token - 1));
	}

	/** A conjunction right after the word, then a noun or name no claim word realises. */
	private static boolean coordinatesAnother(AnalyzedText sentence, Alignment alignment, int token) {
		List<String> words = sentence.lowerCaseWords();
		if (token + 1 >= words.size() || !CONJUNCTIONS.contains(words.get(token + 1))) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (int i = token + 2; i < Math.min(words.size(), token + 2 + REACH); i++) {
			String tag = sentence.tags().get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN")) {
				return !realising.contains(i) && !opensClause(sentence, token, i);
			}
			if (!tag.equals("DET") && !tag.equals("ADJ")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether the noun after the conjunction is the subject of a clause of its own: a verb stands
	 * before the conjunction in the stretch, and right after the noun (and the names or nouns beside
	 * it) a verb that more words follow
	 * (begehen mehr Fahrfehler und ein Lenker benötigt fünf Sekunden), not one that ends the clause
	 * (haben in Wien und Graz beschäftigt).
	 */
	private static boolean opensClause(AnalyzedText sentence, int word, int otherNoun) {
		List<String> tags = sentence.tags();
		boolean verbBefore = false;
		for (int i = ClauseBoundary.stretchStart(sentence, word); i < word; i++) {
			verbBefore |= verb(tags.get(i));
		}
		int next = otherNoun + 1;
		while (next < tags.size() && (tags.get(next).equals("NOUN") || tags.get(next).equals("PROPN"))) {
			next++;
		}
		return verbBefore && next + 1 < tags.size() && verb(tags.get(next)) && !tags.get(next + 1).equals("PUNCT");
	}

	private static boolean verb(String tag) {
		return tag.equals("VERB") || tag.equals("AUX");
	}

	private static boolean sameStretch(AnalyzedText sentence, int a, int b) {
		return ClauseBoundary.stretchStart(sentence, Math.max(a, b)) <= Math.min(a, b);
	}
}
