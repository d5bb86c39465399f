package org.factcheck.text.dates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.factcheck.text.data.DataFile;

/**
 * German month names including Austrian forms (Jänner, Feber) and abbreviations, from
 * {@code data/months.txt}.
 */
public final class MonthNames {

	/** How reliably a word names a month. */
	public enum Use {
		/** A month on its own (im März, Oktober). */
		NAME,
		/** Also a common word or first name (Mai, August): a month only next to a day, year or cue. */
		AMBIGUOUS,
		/** An abbreviation (Okt.): a month only next to a day or year. */
		ABBREVIATION
	}

	/** A month named in the text. */
	public record Month(int number, Use use) {
	}

	private final Map<String, Month> byWord = new HashMap<>();
	/** The length of the longest name, and the ASCII letters names start with (lower case), to reject other words quickly. */
	private int longest;
	private final boolean[] asciiStarts = new boolean[128];

	private MonthNames() {
		for (String[] row : DataFile.table(MonthNames.class, "data/months.txt", 3)) {
			String key = key(row[0]);
			byWord.put(key, new Month(Integer.parseInt(row[1]), Use.valueOf(row[2].toUpperCase(Locale.ROOT))));
			longest = Math.max(longest, key.length());
			if (key.charAt(0) < 128) {
				asciiStarts[key.charAt(0)] = true;
			}
		}
	}

	private static final class Holder {
		static final MonthNames GERMAN = new MonthNames();
	}

	public static MonthNames german() {
		return Holder.GERMAN;
	}

	/** The month named by {@code word} (abbreviations with their period), or null. */
	public Month month(String word) {
		if (word == null || word.isEmpty() || word.length() > longest) {
			return null;
		}
		char first = word.charAt(0);
		if (first < 128 && !asciiStarts[Character.toLowerCase(first)]) {
			return null;
		}
		return byWord.get(key(word));
	}

	/** 1-12, or 0 when {@code word} names no month. */
	public int number(String word) {
		Month month = month(word);
		return month == null ? 0 : month.number();
	}

	private static String key(String word) {
		return word.toLowerCase(Locale.ROOT);
	}
}
