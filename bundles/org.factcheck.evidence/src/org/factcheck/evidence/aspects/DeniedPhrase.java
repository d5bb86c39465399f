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
 * A prepositional phrase of the claim that the sentence denies right before its preposition: the
 * sentence has the claim's preposition before a noun realising the claim's noun after it, and a
 * negation word right before that preposition ({@code niemals wegen Verbindungen} for
 * {@code wegen Verbindungen}; {@code nicht in Wien} for {@code in Wien}; {@code nicht als Aktivist} for
 * {@code als Aktivist}). Not where the negation is
 * part of a phrase that denies nothing ({@code nicht nur}), nor before {@code ohne}, which a
 * negation cancels. Part of {@link LocalDenial}: the claim must deny nothing itself.
 */
final class DeniedPhrase {

	/** How many articles, adjectives and numbers may stand between a preposition and its noun. */
	private static final int REACH = 3;

	/** Word classes between a preposition and its noun. */
	private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NUM");

	private DeniedPhrase() {
	}

	/** The negation word before the sentence's preposition, when it denies a phrase of the claim. */
	static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		NegationCues cues = NegationCues.german();
		List<String> words = sentence.lowerCaseWords();
		Set<Integer> notNegating = cues.phraseTokens(words, effect -> true);
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (!(kind == TermKind.NOUN || kind == TermKind.NAME) || !Elements.isElement(match.claimTerm())
					|| !match.realisedInSentence()) {
				continue;
			}
			int claimPreposition = prepositionBefore(claim, match.claimTerm().index());
			int preposition = prepositionBefore(sentence, match.sentenceTerm().index());
			if (claimPreposition < 0 || preposition < 1 || words.get(preposition).equals("ohne")
					|| !words.get(preposition).equals(claim.lowerCaseWords().get(claimPreposition))) {
				continue;
			}
			int before = preposition - 1;
			if (cues.denies(words.get(before)) && !notNegating.contains(before)) {
				return Optional.of(before);
			}
		}
		return Optional.empty();
	}

	/**
	 * The preposition before the noun, over articles, adjectives and numbers only; -1 if none. The
	 * {@code als} of a role counts as one ({@code nicht als Aktivist}), whatever its tag.
	 */
	private static int prepositionBefore(AnalyzedText text, int noun) {
		for (int i = noun - 1; i >= Math.max(0, noun - 1 - REACH); i--) {
			String tag = text.tags().get(i);
			if (tag.startsWith("ADP") || text.lowerCaseWords().get(i).equals("als")) {
				return i;
			}
			if (!PHRASE.contains(tag)) {
				return -1;
			}
		}
		return -1;
	}
}
