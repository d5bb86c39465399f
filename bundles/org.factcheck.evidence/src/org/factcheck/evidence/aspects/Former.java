package org.factcheck.evidence.aspects;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adverbs that give a value as a former one ({@code ein Zuschlag von 10 Prozent – bisher 25
 * Prozent}, {@code zuvor 300 Mitarbeiter}): the sentence does not say the value holds, so a claim
 * giving it as the present one is not stated by it.
 */
final class Former {

	private static final Set<String> ADVERBS = Set.of("bisher", "bislang", "zuvor", "vorher", "früher", "ehemals",
			"einst", "ursprünglich", "vormals");

	/** How many words before a number may stand between it and its adverb (bisher rund 25, zuvor waren es 300). */
	private static final int REACH = 3;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private Former() {
	}

	/** Whether the text speaks of a former value anywhere. */
	static boolean marks(String text) {
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			if (ADVERBS.contains(words.group().toLowerCase(Locale.GERMAN))) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of the {@link #REACH} words right before {@code offset} gives what follows as former. */
	static boolean precedes(String text, int offset) {
		String[] before = text.substring(0, offset).split("[^\\p{L}\\p{N}]+");
		for (int i = before.length - 1, seen = 0; i >= 0 && seen < REACH; i--) {
			if (before[i].isEmpty()) {
				continue;
			}
			if (ADVERBS.contains(before[i].toLowerCase(Locale.GERMAN))) {
				return true;
			}
			seen++;
		}
		return false;
	}
}
