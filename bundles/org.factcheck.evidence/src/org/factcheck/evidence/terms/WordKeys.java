package org.factcheck.evidence.terms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Predicate;

import org.factcheck.text.compounds.CompoundSplitter;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Comparison keys for German words, so that inflected forms of one word share a key: the lemma
 * from the German lexicon for the word class the tagger gave (Gespräche → gespräch, sprachen →
 * sprechen, Nordkoreas → nordkorea), for unknown compounds the lemma of their head after the
 * unchanged modifier (Waffenlieferungen → waffenlieferung), else the Snowball stem. Keys are
 * lower case with umlauts folded.
 */
public final class WordKeys {

	private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal
			.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));

	private WordKeys() {
	}

	/** The key of a word of unknown class. */
	public static String key(String word) {
		return key(word, null);
	}

	/** Keys computed so far, by word class and word: the same words recur in every document. */
	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
	private static final int CACHE_LIMIT = 500_000;

	/** The key of a word the tagger classified as {@code kind} (null when unknown). */
	public static String key(String word, TermKind kind) {
		String cacheKey = (kind == null ? "" : kind.name()) + ' ' + word;
		String cached = CACHE.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		String key = fold(lemma(word, kind).orElseGet(() -> compoundLemma(word, kind).orElseGet(() -> stem(word))));
		if (CACHE.size() < CACHE_LIMIT) {
			CACHE.put(cacheKey, key);
		}
		return key;
	}

	/** Lemmas computed so far, by tag and word. */
	private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

	/**
	 * The lower-case lemma of a token from the German lexicon, preferring readings of the word class
	 * of its Universal Dependencies tag (VERB and AUX verbs, NOUN nouns, ADJ adjectives); the
	 * lower-case token when the lexicon does not know it. Umlauts are kept.
	 */
	public static String lemma(String token, String tag) {
		String cacheKey = tag + ' ' + token;
		String cached = LEMMAS.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		Predicate<Reading> preferred = switch (tag) {
		case "VERB", "AUX" -> Reading::isVerb;
		case "NOUN" -> Reading::isNoun;
		case "PROPN" -> reading -> reading.isName() || reading.isNoun();
		case "ADJ" -> Reading::isAdjective;
		default -> reading -> true;
		};
		GermanLexicon lexicon = GermanLexicon.german();
		Optional<String> found = lexicon.lemma(token, preferred);
		if (found.isEmpty() && !tag.equals("PUNCT") && !tag.equals("NUM")) {
			found = lexicon.lemma(token, reading -> true);
		}
		String lemma = found.orElse(token).toLowerCase(Locale.GERMAN);
		if (LEMMAS.size() < CACHE_LIMIT) {
			LEMMAS.put(cacheKey, lemma);
		}
		return lemma;
	}

	static Optional<String> lemma(String word, TermKind kind) {
		GermanLexicon lexicon = GermanLexicon.german();
		Optional<String> lemma = lexicon.lemma(word, preferred(kind));
		return lemma.isPresent() ? lemma : lexicon.lemma(word, reading -> !reading.tag().startsWith("ABK"));
	}

	private static Predicate<Reading> preferred(TermKind kind) {
		if (kind == null) {
			return reading -> true;
		}
		return switch (kind) {
		case NAME -> reading -> reading.isName() || reading.isNoun();
		case NOUN -> reading -> reading.isNoun() || reading.isName();
		case VERB -> Reading::isVerb;
		case ADJECTIVE -> reading -> reading.isAdjective() && !reading.tag().startsWith("PA2")
				|| reading.isVerb();
		case ADVERB, NUMBER -> reading -> true;
		};
	}

	private static Optional<String> compoundLemma(String word, TermKind kind) {
		if (kind != TermKind.NOUN && kind != TermKind.NAME) {
			return Optional.empty();
		}
		List<String> parts = CompoundSplitter.german().split(word);
		if (parts.size() < 2) {
			return Optional.empty();
		}
		String head = parts.get(parts.size() - 1);
		String capitalisedHead = Character.toUpperCase(head.charAt(0)) + head.substring(1);
		return GermanLexicon.german().lemma(capitalisedHead, Reading::isNoun)
				.map(lemma -> word.substring(0, word.length() - head.length()) + lemma.toLowerCase(Locale.GERMAN));
	}

	private static String stem(String word) {
		return STEMMER.get().stem(word.toLowerCase(Locale.GERMAN)).toString();
	}

	/** The word in lower case with umlauts and ß folded, as keys are. */
	public static String fold(String word) {
		return word.toLowerCase(Locale.GERMAN).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
	}
}
