package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * An adverbial adjective of the claim that says how its verb's act is done ({@code reagiert
 * gelassen}) where the sentence gives the realised verb another such adjective in its clause
 * ({@code reagiert allergisch}): the sentence says how otherwise, so it does not leave the claim's
 * manner out as a detail. An adjective counts as adverbial where the lexicon knows it in its
 * uninflected predicative form and no noun follows it (the tagger takes many for verbs or names).
 */
public final class AnotherManner {

	/** Word classes after which an adjective is an attribute of the noun that follows, not an adverbial. */
	private static final Set<String> NOUN_PHRASE = Set.of("NOUN", "PROPN");

	/** Suffixes that make adjectives (allergisch, mutig, ruhelos, aggressiv). */
	private static final List<String> ADJECTIVE_SUFFIXES = List.of("isch", "ig", "lich", "bar", "sam", "haft", "los", "iv", "ell");

	private AnotherManner() {
	}

	/**
	 * @param gap       a word of the claim the sentence leaves unrealised
	 * @param alignment the claim's alignment to the sentence
	 * @return whether the gap is an adverbial adjective of a claim verb the sentence realises with
	 *         another adverbial adjective in the verb's clause
	 */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (!adverbial(claim, gap.index())) {
			return false;
		}
		int start = ClauseBoundary.start(claim, gap.index());
		int end = ClauseBoundary.end(claim, gap.index());
		Set<Integer> matched = alignment.matchedSentenceTokens();
		for (TermMatch match : alignment.matches()) {
			int word = match.claimTerm().index();
			if (word == gap.index() || word < start || word > end || !claim.tags().get(word).equals("VERB")
					|| !match.realisedInSentence() || match.byReference()) {
				continue;
			}
			int verb = match.sentenceTerm().index();
			int last = ClauseBoundary.end(sentence, verb);
			for (int at = ClauseBoundary.start(sentence, verb); at <= last; at++) {
				if (at != verb && !matched.contains(at) && adverbial(sentence, at)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A lower-case word the lexicon knows as an uninflected predicative adjective and not as an adverb
	 * (gleich, bald), or, where the lexicon does not know it, one the tagger takes for an adjective
	 * or adverb with an adjective's suffix (allergisch); no noun after it.
	 */
	private static boolean adverbial(AnalyzedText text, int word) {
		String written = text.tokens().get(word).text();
		List<String> tags = text.tags();
		if (written.isEmpty() || !Character.isLowerCase(written.charAt(0))
				|| word + 1 < tags.size() && NOUN_PHRASE.contains(tags.get(word + 1))) {
			return false;
		}
		List<Reading> readings = GermanLexicon.german().readings(written);
		if (readings.isEmpty()) {
			return (tags.get(word).equals("ADJ") || tags.get(word).equals("ADV")) && ADJECTIVE_SUFFIXES.stream().anyMatch(written::endsWith);
		}
		return readings.stream().anyMatch(r -> r.tag().startsWith("ADJ:PRD")) && readings.stream().noneMatch(r -> r.tag().startsWith("ADV"));
	}
}
