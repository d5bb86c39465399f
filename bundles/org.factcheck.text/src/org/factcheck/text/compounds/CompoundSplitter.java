package org.factcheck.text.compounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.danielnaber.jwordsplitter.GermanWordSplitter;

/**
 * Splits German compounds into their parts with jwordsplitter's embedded dictionary
 * ({@code Waffenlieferungen} → {@code Waffen}, {@code lieferungen}; interfix s/n dropped:
 * {@code Sicherheitsrat} → {@code Sicherheit}, {@code rat}). Results are cached. Thread-safe:
 * jwordsplitter only reads its dictionary while splitting.
 */
public final class CompoundSplitter {

	/** Shorter words are never split. */
	public static final int MIN_LENGTH = 7;
	/** jwordsplitter refuses longer words (InputTooLongException); they are words like any other. */
	private static final int MAX_LENGTH = 70;
	private static final int CACHE_LIMIT = 200_000;

	private final GermanWordSplitter splitter;
	private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

	private CompoundSplitter() {
		try {
			splitter = new GermanWordSplitter(true);
			splitter.setStrictMode(true);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot load the jwordsplitter German dictionary", e);
		}
	}

	private static final class Holder {
		static final CompoundSplitter GERMAN = new CompoundSplitter();
	}

	public static CompoundSplitter german() {
		return Holder.GERMAN;
	}

	/**
	 * The parts of {@code word}, or a list of just {@code word} when it is not a known compound (or
	 * longer than the dictionary's words can make, 70 characters).
	 */
	public List<String> split(String word) {
		if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || word.indexOf('-') >= 0) {
			return List.of(word);
		}
		List<String> cached = cache.get(word);
		if (cached != null) {
			return cached;
		}
		List<String> parts;
		try {
			parts = List.copyOf(splitter.splitWord(word));
		} catch (RuntimeException e) {
			parts = List.of();
		}
		if (parts.isEmpty()) {
			parts = List.of(word);
		}
		if (cache.size() < CACHE_LIMIT) {
			cache.put(word, parts);
		}
		return parts;
	}
}
