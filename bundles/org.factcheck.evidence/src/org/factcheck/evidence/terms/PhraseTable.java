package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Listed phrases of one or more words, each with what it means, found among the words of a text
 * (case-insensitively, on consecutive words; the longest listed phrase where several start at one
 * word). The word lists of the evidence library ({@link NegationCues}, {@link Scales}) read their
 * multi-word entries with it.
 *
 * @param <V> what a phrase means
 */
final class PhraseTable<V> {

	/** A listed phrase found at word positions [first, last]. */
	record Found<V>(int first, int last, V meaning) {
	}

	private final List<List<String>> phrases = new ArrayList<>();
	private final List<V> meanings = new ArrayList<>();
	/** For each first word, the positions of the phrases starting with it, in the order they were added. */
	private final Map<String, List<Integer>> byFirstWord = new HashMap<>();

	void add(String phrase, V meaning) {
		List<String> words = List.of(phrase.toLowerCase(Locale.GERMAN).split("\\s+"));
		byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(phrases.size());
		phrases.add(words);
		meanings.add(meaning);
	}

	static List<String> lowerCase(List<String> words) {
		return words.stream().map(w -> w.toLowerCase(Locale.GERMAN)).toList();
	}

	/** The longest listed phrase starting at the word, or null. */
	Found<V> at(List<String> lower, int start) {
		int best = -1;
		for (int p : byFirstWord.getOrDefault(lower.get(start), List.of())) {
			List<String> phrase = phrases.get(p);
			if (start + phrase.size() <= lower.size() && lower.subList(start, start + phrase.size()).equals(phrase)
					&& (best < 0 || phrase.size() > phrases.get(best).size())) {
				best = p;
			}
		}
		return best < 0 ? null : new Found<>(start, start + phrases.get(best).size() - 1, meanings.get(best));
	}
}
