package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that denies, right before it, a word realising one of the claim's verbs or adjectives
 * while the claim denies nothing: {@code keinesfalls zu folgen}, {@code nicht korrekt
 * diagnostiziert}, or with a degree that says hardly at all, {@code wenig bekannt}, {@code kaum
 * genutzt}. The word before the realising word (or before its {@code zu}) modifies just that word,
 * whatever the clause splitter makes of the rest of the sentence (an interrupted infinitive: der
 * Aufforderung, … anzurufen, keinesfalls zu folgen). Such a sentence does not state the claim.
 */
public final class LocalDenial {

	/** Degrees that say hardly at all (wenig bekannt: barely known), unless after ein (ein wenig). */
	private static final Set<String> HARDLY = Set.of("wenig", "kaum");

	private LocalDenial() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that denies a realised word, when the claim denies nothing
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		NegationCues cues = NegationCues.german();
		List<String> claimWords = claim.lowerCaseWords();
		if (claimWords.stream().anyMatch(cues::denies)) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (!(kind == TermKind.VERB || kind == TermKind.ADJECTIVE) || !Elements.isElement(match.claimTerm())
					|| match.score() < Alignment.REALISED || match.sentenceTerm() == null || match.byReference()) {
				continue;
			}
			int before = modifier(words, match.sentenceTerm().index());
			if (before >= 0 && denies(cues, words, before)
					&& !sameModifier(claimWords, modifier(claimWords, match.claimTerm().index()), words.get(before))) {
				return Optional.of(before);
			}
		}
		return Optional.empty();
	}

	/** The word right before the one at {@code index}, or before its zu; -1 at the start. */
	private static int modifier(List<String> words, int index) {
		int before = index - 1;
		if (before >= 0 && words.get(before).equals("zu")) {
			before--;
		}
		return before;
	}

	private static boolean denies(NegationCues cues, List<String> words, int at) {
		String word = words.get(at);
		return cues.denies(word) || HARDLY.contains(word) && !(at > 0 && words.get(at - 1).equals("ein"));
	}

	/** Whether the claim's word has a modifier saying hardly at all too (kaum bekannt / wenig bekannt). */
	private static boolean sameModifier(List<String> claimWords, int at, String word) {
		return at >= 0 && HARDLY.contains(claimWords.get(at)) && HARDLY.contains(word);
	}

}
