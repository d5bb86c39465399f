package org.factcheck.evidence.alignment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * The verb whose past participle an adjective is, as the German lexicon reads it (entworfene:
 * entworfen, a participle of entwerfen), as a word key. Remembered per word: the aligner asks again
 * for the same sentence words with every claim verb it compares them with. Thread-safe.
 */
final class ParticipleInfinitives {

	/** Distinct words remembered at most; the memory is emptied when it is full. */
	private static final int MAX_WORDS = 200_000;

	private static final Map<String, Optional<String>> KNOWN = new ConcurrentHashMap<>();

	private ParticipleInfinitives() {
	}

	/** The infinitive's key of the verb whose participle {@code adjective} is, if the lexicon knows one. */
	static Optional<String> of(String adjective) {
		if (KNOWN.size() >= MAX_WORDS) {
			KNOWN.clear();
		}
		return KNOWN.computeIfAbsent(adjective, ParticipleInfinitives::lookUp);
	}

	private static Optional<String> lookUp(String adjective) {
		GermanLexicon lexicon = GermanLexicon.german();
		return lexicon.lemma(adjective, Reading::isAdjective)
				.flatMap(participle -> lexicon.lemma(participle, reading -> reading.tag().startsWith("VER:PA2")))
				.map(WordKeys::fold);
	}
}
