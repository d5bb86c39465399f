package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit written once for two numbers: {@code von 13,3 auf 14,6 Prozent}, {@code 3 und 4 Millionen
 * Euro}, {@code 20 bzw. 25 Prozent}. The first number, which the finder reads without a unit, is
 * read with the second one's multiplier and unit of measurement (13,3 Prozent, 3 Millionen Euro),
 * so that it is compared as a percentage or an amount of money rather than with any figure. Only
 * units of measurement, ratio or currency are shared this way: a counted noun after the second
 * number need not count the first ({@code 3 Kinder und 4 Erwachsene}, {@code Platz 3 und 5 Tore}).
 * {@code auf} links the two only after {@code von} (a change); a range ({@code 3 bis 4 Prozent})
 * is one quantity already. Used where quantities are compared, like {@link Shares}.
 */
public final class SharedUnits {

	private static final Pattern LINK = Pattern.compile("\\s+(?:auf|und|oder|bzw\\.|beziehungsweise)\\s+");
	private static final Pattern FROM = Pattern.compile("(?<![\\p{L}\\p{N}])von\\s+$");
	private static final Pattern WORD = Pattern.compile("\\d[\\d.,]*|\\p{L}+");

	private SharedUnits() {
	}

	/**
	 * The {@code quantities} found in {@code text} with a number that shares the unit of the next
	 * one read with that unit. Sorted by start; the same list if the text has none.
	 */
	public static List<Quantity> read(String text, List<Quantity> quantities) {
		List<Quantity> read = new ArrayList<>();
		for (int i = 0; i + 1 < quantities.size(); i++) {
			Quantity first = quantities.get(i);
			Quantity second = quantities.get(i + 1);
			if (first.unit() != null || first.ordinal() || first.isRange() || !second.isMeasurement() || second.ordinal()
					|| second.start() <= first.end()) {
				continue;
			}
			Matcher link = LINK.matcher(text).region(first.end(), second.start());
			if (!link.matches() || link.group().strip().equals("auf") && !FROM.matcher(text.substring(0, first.start())).find()) {
				continue;
			}
			Quantity shared = withUnitOf(text, first, second);
			if (shared != null) {
				read.add(shared);
			}
		}
		return ReadQuantities.replacing(quantities, read);
	}

	/** The first quantity read with what follows the second one's number (its multiplier and unit). */
	private static Quantity withUnitOf(String text, Quantity first, Quantity second) {
		String secondText = text.substring(second.start(), second.end());
		Matcher word = WORD.matcher(secondText);
		String tail = null;
		while (word.find()) {
			if (Character.isDigit(word.group().charAt(0))
					|| NumberWords.german().countOfLowerCase(word.group().toLowerCase(Locale.ROOT)) != null) {
				tail = secondText.substring(word.end());
				break;
			}
		}
		if (tail == null || tail.isBlank()) {
			return null;
		}
		List<Quantity> probe = QuantityFinder.german().find(text.substring(first.start(), first.end()) + tail);
		if (probe.size() != 1 || !second.unit().equals(probe.get(0).unit())) {
			return null;
		}
		Quantity q = probe.get(0);
		return new Quantity(first.start(), first.end(), q.value(), q.upperValue(), q.qualifier(), q.unit(), false);
	}
}
