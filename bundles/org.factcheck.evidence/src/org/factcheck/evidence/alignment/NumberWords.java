package org.factcheck.evidence.alignment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The small numbers German writes as words, cardinal or ordinal: fünf, fünften → 5. */
final class NumberWords {

	private static final List<String> CARDINALS = List.of("null", "eins", "zwei", "drei", "vier", "fünf", "sechs",
			"sieben", "acht", "neun", "zehn", "elf", "zwölf");

	private static final List<String> ORDINALS = List.of("", "erst", "zweit", "dritt", "viert", "fünft", "sechst",
			"siebt", "acht", "neunt", "zehnt", "elft", "zwölft");

	/** The longest word that can be one: a cardinal, or an ordinal stem with its ending (e, en, em, er, es). */
	private static final int LONGEST = Math.max(CARDINALS.stream().mapToInt(String::length).max().orElse(0),
			ORDINALS.stream().mapToInt(String::length).max().orElse(0) + 2);

	private NumberWords() {
	}

	/** Whether {@link #value} can give {@code digits} for some word. */
	static boolean mayBeValue(String digits) {
		for (int i = 0; i < Math.max(CARDINALS.size(), ORDINALS.size()); i++) {
			if (digits.equals(Integer.toString(i))) {
				return true;
			}
		}
		return false;
	}

	/** The digits of a number word, if the word is one. */
	static Optional<String> value(String word) {
		if (word.length() > LONGEST) {
			return Optional.empty();
		}
		String lower = word.toLowerCase(Locale.GERMAN);
		int cardinal = CARDINALS.indexOf(lower.equals("ein") || lower.equals("eine") ? "eins" : lower);
		if (cardinal >= 0) {
			return Optional.of(Integer.toString(cardinal));
		}
		for (int i = 1; i < ORDINALS.size(); i++) {
			String stem = ORDINALS.get(i);
			if (lower.startsWith(stem) && lower.length() - stem.length() <= 2 && lower.substring(stem.length()).matches("e[nmrs]?")) {
				return Optional.of(Integer.toString(i));
			}
		}
		return Optional.empty();
	}
}
