package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Factors written as words: a verb or noun of multiplying ({@code verdoppelte}, {@code
 * verdreifacht}, {@code Verzehnfachung}, {@code halbiert}), a multiple ({@code dreifach}, {@code das
 * Vierfache}, {@code 5-fach}) or a comparison by a factor ({@code doppelt so}, {@code dreimal so}).
 * Each is read as a factor with the unit {@link #UNIT} ({@code 2}, {@code 3}, {@code 10}, {@code
 * 0,5}), so that {@code verdoppelte sich} conflicts with {@code verdreifachte sich}. Factors compare
 * only with factors. A qualifier before one counts as before a number ({@code mehr als verdoppelt}).
 * {@code einfach}, {@code vielfach} and {@code mehrfach} give no factor. Used where quantities are
 * compared, like {@link Shares}.
 */
public final class Factors {

	/** The unit of a factor read from words. */
	public static final String UNIT = "fach";

	private static final String COUNT = "(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert|tausend|anderthalb|eineinhalb|\\d{1,3})";
	private static final Pattern MULTIPLYING = Pattern.compile(
			"(?<![\\p{L}\\p{N}])ver(dopp(?:e?l)|" + COUNT + "fach)\\p{L}*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern HALVING = Pattern.compile("(?<![\\p{L}\\p{N}])halbier\\p{L}*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern MULTIPLE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])" + COUNT + "-?fach(?:e|en|er|es|em)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern DOUBLE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:[Dd]oppelt(?=\\s+so\\s)|(?:das|des|dem|aufs|ums)\\s+Doppelte(?:n)?(?![\\p{L}\\p{N}]))",
			Pattern.UNICODE_CASE);
	private static final Pattern TIMES_AS = Pattern.compile("(?<![\\p{L}\\p{N}])" + COUNT + "(?:-?mal|\\s+Mal)(?=\\s+so\\s)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Cheap test before the expressions. */
	private static final Pattern STEM = Pattern.compile("(?i)fach|doppel|halbier|mal\\s+so\\s");

	private Factors() {
	}

	/**
	 * The {@code quantities} found in {@code text} with its factors read as factors: a quantity the
	 * finder read on the factor's number ({@code 5} of {@code 5-fach}) is replaced. Sorted by start;
	 * the same list if the text has none.
	 */
	public static List<Quantity> read(String text, List<Quantity> quantities) {
		if (!STEM.matcher(text).find()) {
			return quantities;
		}
		List<Quantity> factors = new ArrayList<>();
		Matcher m = MULTIPLYING.matcher(text);
		while (m.find()) {
			Double value = m.group(2) == null ? Double.valueOf(2) : count(m.group(2));
			add(text, m.start(), m.end(), value, factors);
		}
		m = HALVING.matcher(text);
		while (m.find()) {
			add(text, m.start(), m.end(), 0.5, factors);
		}
		m = DOUBLE.matcher(text);
		while (m.find()) {
			add(text, m.start(), m.end(), 2.0, factors);
		}
		for (Pattern counted : List.of(MULTIPLE, TIMES_AS)) {
			m = counted.matcher(text);
			while (m.find()) {
				add(text, m.start(), m.end(), count(m.group(1)), factors);
			}
		}
		return ReadQuantities.replacing(quantities, factors);
	}

	private static void add(String text, int start, int end, Double value, List<Quantity> factors) {
		if (value == null || value <= 0 || factors.stream().anyMatch(q -> q.start() < end && start < q.end())) {
			return;
		}
		factors.add(new Quantity(start, end, value, value, ReadQuantities.qualifierBefore(text, start), UNIT, false));
	}

	private static Double count(String word) {
		if (Character.isDigit(word.charAt(0))) {
			return Double.valueOf(word);
		}
		return NumberWords.german().cardinal(word.toLowerCase(Locale.GERMAN));
	}
}
