package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages in brackets after a name, as news give them: {@code Vuk Jeremic (40)}, {@code die Trainerin
 * Anna Berger (38)}. Each is read as an age in years ({@code 40 Jahre}, see {@link #isAge}), so
 * that it compares with {@code 40 Jahre alt} or {@code der 40-Jährige}. Only a whole number from 1
 * to 120 alone in brackets right after a capitalised word counts ({@code (SPÖ)}, {@code (2014)},
 * {@code (3.)} do not). Used where quantities are compared, like {@link CompoundDurations}.
 */
public final class BracketAges {

	private static final Pattern AGE = Pattern.compile("(?<=\\p{Lu}\\p{L}{1,40})\\s?\\((\\d{1,3})\\)");

	private BracketAges() {
	}

	/**
	 * The {@code quantities} found in {@code text} with its ages in brackets read as years: a
	 * quantity the finder read on the number is replaced. Sorted by start; the same list if the
	 * text has none.
	 */
	public static List<Quantity> read(String text, List<Quantity> quantities) {
		if (!hasBracketedNumber(text)) {
			return quantities;
		}
		Matcher m = AGE.matcher(text);
		List<Quantity> ages = new ArrayList<>();
		while (m.find()) {
			int value = Integer.parseInt(m.group(1));
			if (value >= 1 && value <= 120 && !m.group(1).startsWith("0")) {
				ages.add(new Quantity(m.start(1) - 1, m.end(1) + 1, value, value, Qualifier.EXACT, "Jahre", false));
			}
		}
		return ReadQuantities.replacing(quantities, ages);
	}

	/**
	 * Whether one to three digits stand alone in brackets somewhere in the text, as in every age in
	 * brackets: most texts have none, also most with brackets ({@code (SPÖ)}), and a scan for them
	 * is cheaper than trying the expression's look-behind at every position.
	 */
	static boolean hasBracketedNumber(String text) {
		for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
			int end = open + 1;
			while (end < text.length() && end - open <= 3 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
				end++;
			}
			if (end > open + 1 && end < text.length() && text.charAt(end) == ')') {
				return true;
			}
		}
		return false;
	}

	/** Whether the quantity is an age in brackets in the text it was read from. */
	public static boolean isAge(Quantity quantity, String text) {
		return quantity.start() < quantity.end() && text.charAt(quantity.start()) == '(' && "Jahre".equals(quantity.unit());
	}
}
