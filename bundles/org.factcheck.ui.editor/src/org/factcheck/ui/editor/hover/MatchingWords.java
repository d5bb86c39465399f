package org.factcheck.ui.editor.hover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an evidence passage that the claim also has, for emphasis in hovers: the same word,
 * or one with the same stem (its first six letters, so that {@code Geschosse} and {@code Geschossen}
 * match), numbers as written. Function words do not count.
 */
final class MatchingWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
	private static final int STEM = 6;
	private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
			"einen", "einem", "einer", "eines", "und", "oder", "aber", "ist", "sind", "war", "wurde", "wird", "hat", "haben",
			"mit", "von", "vom", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "für", "um", "es", "er",
			"sie", "wir", "ihr", "sich", "dass", "als", "wie", "auch", "nicht", "noch", "nach", "über", "the", "and", "of");

	private MatchingWords() {
	}

	/** The [start, end) ranges of the passage's words that match one of the claim's words. */
	static List<int[]> in(String passage, String claim) {
		Set<String> claimKeys = new HashSet<>();
		Matcher claimWords = WORD.matcher(claim);
		while (claimWords.find()) {
			key(claimWords.group()).ifPresent(claimKeys::add);
		}
		List<int[]> ranges = new ArrayList<>();
		Matcher passageWords = WORD.matcher(passage);
		while (passageWords.find()) {
			if (key(passageWords.group()).filter(claimKeys::contains).isPresent()) {
				ranges.add(new int[] { passageWords.start(), passageWords.end() });
			}
		}
		return ranges;
	}

	private static java.util.Optional<String> key(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		if (lower.length() < 3 && !Character.isDigit(lower.charAt(0)) || FUNCTION_WORDS.contains(lower)) {
			return java.util.Optional.empty();
		}
		if (Character.isDigit(lower.charAt(0))) {
			return java.util.Optional.of(lower);
		}
		return java.util.Optional.of(lower.length() > STEM ? lower.substring(0, STEM) : lower);
	}
}
