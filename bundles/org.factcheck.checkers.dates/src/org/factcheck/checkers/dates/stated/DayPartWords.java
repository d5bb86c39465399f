package org.factcheck.checkers.dates.stated;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;

/**
 * The German words for parts of the day ({@code data/day-parts.txt}), their hours
 * ({@code data/day-part-hours.txt}) and the cue words that make a noun such as {@code Morgen} a
 * time of day ({@code data/day-part-cues.txt}).
 */
final class DayPartWords {

	private enum Use {
		CUE, ALWAYS
	}

	private record Entry(DayPart part, Use use) {
	}

	private final Map<String, Entry> byWord = new HashMap<>();
	private final Map<String, DayPart> bySuffix = new HashMap<>();
	private final Set<String> cues = new HashSet<>();

	private DayPartWords() {
		Map<String, DayPart> parts = new HashMap<>();
		for (String[] row : DataFile.table(DayPartWords.class, "data/day-part-hours.txt", 3)) {
			parts.put(row[0], new DayPart(row[0], Integer.parseInt(row[1]), Integer.parseInt(row[2]) % 24));
		}
		for (String[] row : DataFile.table(DayPartWords.class, "data/day-parts.txt", 3)) {
			DayPart part = parts.get(row[1]);
			if (part == null) {
				throw new IllegalStateException("data/day-parts.txt: unknown part of day '" + row[1] + "' for " + row[0]);
			}
			byWord.put(row[0], new Entry(part, Use.valueOf(row[2].toUpperCase(Locale.ROOT))));
			bySuffix.putIfAbsent(row[0].toLowerCase(Locale.GERMAN), part);
		}
		for (String cue : DataFile.lines(DayPartWords.class, "data/day-part-cues.txt")) {
			cues.add(cue.toLowerCase(Locale.GERMAN));
		}
	}

	private static final class Holder {
		static final DayPartWords GERMAN = new DayPartWords();
	}

	static DayPartWords german() {
		return Holder.GERMAN;
	}

	/**
	 * The part of day the token at {@code i} names in its context, or null: adverbs such as
	 * {@code abends} always, nouns such as {@code Abend} only after a cue ({@code am Abend},
	 * {@code am späten Abend}, {@code in der Nacht}).
	 */
	DayPart at(List<Token> tokens, List<String> tags, int i) {
		Entry entry = byWord.get(tokens.get(i).text());
		if (entry == null) {
			return null;
		}
		if (entry.use() == Use.ALWAYS || cueBefore(tokens, i)) {
			return entry.part();
		}
		if (i >= 2 && "ADJ".equals(tags.get(i - 1)) && cueBefore(tokens, i - 1)) {
			return entry.part();
		}
		return null;
	}

	/** The part of day a weekday compound ends with ({@code Donnerstagabend}), or null. */
	DayPart suffixOf(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		String longest = null;
		for (String suffix : bySuffix.keySet()) {
			if (lower.length() > suffix.length() + 4 && lower.endsWith(suffix)
					&& (longest == null || suffix.length() > longest.length())) {
				longest = suffix;
			}
		}
		return longest == null ? null : bySuffix.get(longest);
	}

	private boolean cueBefore(List<Token> tokens, int i) {
		if (i >= 1 && cues.contains(tokens.get(i - 1).text().toLowerCase(Locale.GERMAN))) {
			return true;
		}
		return i >= 2 && cues.contains((tokens.get(i - 2).text() + " " + tokens.get(i - 1).text()).toLowerCase(Locale.GERMAN));
	}
}
