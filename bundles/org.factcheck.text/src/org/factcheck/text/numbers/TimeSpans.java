package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * Spans of time in a text's words, with their length in seconds: an amount and a unit of time
 * ({@code 28 Minuten}, {@code ein oder zwei Stunden}, {@code ein paar Sekunden}, {@code einem
 * Tag}, {@code 13 Monaten}) or a lasting adverb, read as two of its unit ({@code monatelang}). A
 * span after {@code vor} ({@code vor zwei Jahren}) is a point in time and not read. Units come from
 * {@code data/time-units.txt}, spelled amounts from {@code data/number-words.txt}.
 */
public final class TimeSpans {

	/** How many units a lasting adverb stands for: several, at least two. */
	private static final double SEVERAL = 2;

	/**
	 * A span of time.
	 *
	 * @param first   index of its first word
	 * @param last    index of its last word (the unit or the adverb)
	 * @param seconds its length
	 */
	public record TimeSpan(int first, int last, double seconds) {
	}

	private TimeSpans() {
	}

	/** The spans of time in {@code words} (in lower case), in the order of their units. */
	public static List<TimeSpan> in(List<String> words) {
		TimeUnits units = TimeUnits.german();
		List<TimeSpan> spans = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			TimeUnits.TimeUnit lasting = units.ofLasting(word);
			if (lasting != null) {
				spans.add(new TimeSpan(i, i, SEVERAL * lasting.seconds()));
				continue;
			}
			TimeUnits.TimeUnit unit = units.ofLowerCaseForm(word);
			if (unit == null || i == 0) {
				continue;
			}
			int number = i - 1;
			Double value = amount(words.get(number));
			if (value == null) {
				continue;
			}
			if (words.get(number).equals("paar") && number > 0 && words.get(number - 1).startsWith("ein")) {
				number--;
			}
			if (number > 0 && words.get(number - 1).equals("vor")) {
				continue;
			}
			spans.add(new TimeSpan(number, i, value * unit.seconds()));
		}
		return spans;
	}

	/** Whether a word in lower case is a written form of a unit of time (jahr, monaten, tages). */
	public static boolean namesUnit(String word) {
		return TimeUnits.german().ofLowerCaseForm(word) != null;
	}

	/** The amount a word before a unit gives: digits (13, 1.500, 2,5) or a spelled amount (zwei, einem, paar, halben). */
	private static Double amount(String word) {
		Double spelled = NumberWords.german().amountOfLowerCase(word);
		if (spelled != null) {
			return spelled;
		}
		String digits = word.replace(".", "").replace(',', '.');
		if (!digits.isEmpty() && digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
			try {
				return Double.parseDouble(digits);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}
}
