package org.factcheck.text.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases of one or more lexemes ({@code mehr als}, {@code ca.}, {@code v. H.}) in a lexeme
 * list, case-insensitively, the longest phrase first.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

	/** A phrase found in the lexemes [first, last]. */
	public record Match<V>(int first, int last, V value) {
	}

	private final Map<String, V> byPhrase = new HashMap<>();
	private int longest;

	public void add(String phrase, V value) {
		List<Lexeme> lexemes = WordScanner.scan(phrase);
		if (lexemes.isEmpty()) {
			return;
		}
		byPhrase.put(key(lexemes, 0, lexemes.size()), value);
		longest = Math.max(longest, lexemes.size());
	}

	/** The longest phrase ending with lexeme {@code last}, written without gaps other than spaces. */
	public Match<V> endingAt(List<Lexeme> lexemes, int last) {
		for (int length = Math.min(longest, last + 1); length >= 1; length--) {
			V value = byPhrase.get(key(lexemes, last - length + 1, last + 1));
			if (value != null) {
				return new Match<>(last - length + 1, last, value);
			}
		}
		return null;
	}

	/** The longest phrase starting with lexeme {@code first}. */
	public Match<V> startingAt(List<Lexeme> lexemes, int first) {
		for (int length = Math.min(longest, lexemes.size() - first); length >= 1; length--) {
			V value = byPhrase.get(key(lexemes, first, first + length));
			if (value != null) {
				return new Match<>(first, first + length - 1, value);
			}
		}
		return null;
	}

	public V get(String phrase) {
		List<Lexeme> lexemes = WordScanner.scan(phrase);
		return byPhrase.get(key(lexemes, 0, lexemes.size()));
	}

	private static String key(List<Lexeme> lexemes, int from, int to) {
		List<String> parts = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			parts.add(lexemes.get(i).text().toLowerCase(Locale.ROOT));
		}
		return String.join(" ", parts);
	}
}
