package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares written as fractions: {@code die Hälfte}, {@code ein Drittel}, {@code drei Viertel},
 * {@code ein Zehntel}. Each is read as a share in percent with the unit {@link #UNIT} ({@code 50},
 * {@code 33,3}, {@code 75}, {@code 10}), so that {@code rund die Hälfte} conflicts with {@code rund
 * ein Viertel} and {@code mehr als die Hälfte} agrees with {@code zwei Drittel}. Shares compare
 * only with shares: a percentage in the same sentence is often of something else (40 Prozent des
 * Kohlenstoffs beside ein Viertel jener Kohlenstoffmenge). A qualifier before it counts as before a
 * number ({@code mehr als die Hälfte}, {@code knapp ein Drittel}); without one a share is
 * approximate, as words round. A district ({@code im Viertel}), a part of a game ({@code im
 * letzten Drittel}) or a compound ({@code Achtelfinale}) is no share. {@code jeder vierte} (jede
 * dritte, jeden zweiten) is the share one in that many: {@code ein Viertel}. Used where quantities
 * are compared, like {@link CompoundDurations}.
 */
public final class Shares {

	/** The unit of a share read from words. */
	public static final String UNIT = "Anteil";

	private static final Map<String, Integer> DENOMINATORS = Map.of("hälfte", 2, "drittel", 3, "viertel", 4, "fünftel", 5,
			"sechstel", 6, "achtel", 8, "zehntel", 10);
	private static final Pattern SHARE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(\\p{L}+|\\d+)\\s+(Hälfte|Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel)(?![\\p{L}\\p{N}])",
			Pattern.UNICODE_CASE);
	/** Cheap test before the expression. */
	private static final Pattern STEM = Pattern.compile("(?:Hälfte|tel(?![\\p{L}])|(?i:jede[rsnm]?\\s))");
	/** One in every so many: jeder vierte, jede dritte, jeden zweiten, jedem zehnten. */
	private static final Pattern ONE_IN = Pattern.compile(
			"(?<![\\p{L}\\p{N}])[Jj]ede[rsnm]?\\s+(zweit|dritt|viert|fünft|sechst|achte|zehnt)(?:e|en|er|es|em)(?![\\p{L}\\p{N}])",
			Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
	private static final Map<String, Integer> ORDINALS = Map.of("zweit", 2, "dritt", 3, "viert", 4, "fünft", 5, "sechst", 6,
			"achte", 8, "zehnt", 10);

	private Shares() {
	}

	/**
	 * The {@code quantities} found in {@code text} with its shares read as shares in percent: a quantity
	 * the finder read on the share's number ({@code drei} counting {@code Viertel}) is replaced.
	 * Sorted by start; the same list if the text has none.
	 */
	public static List<Quantity> read(String text, List<Quantity> quantities) {
		if (!STEM.matcher(text).find()) {
			return quantities;
		}
		Matcher m = SHARE.matcher(text);
		List<Quantity> shares = new ArrayList<>();
		while (m.find()) {
			String share = m.group(2).toLowerCase(Locale.GERMAN);
			Double numerator = numerator(m.group(1), share);
			if (numerator != null) {
				double value = Math.round(numerator / DENOMINATORS.get(share) * 1000) / 10.0;
				shares.add(new Quantity(m.start(1), m.end(), value, value, qualifier(text, m.start(1)), UNIT, false));
			}
		}
		Matcher one = ONE_IN.matcher(text);
		while (one.find()) {
			double value = Math.round(1000.0 / ORDINALS.get(one.group(1).toLowerCase(Locale.GERMAN))) / 10.0;
			shares.add(new Quantity(one.start(), one.end(), value, value, qualifier(text, one.start()), UNIT, false));
		}
		shares.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return ReadQuantities.replacing(quantities, shares);
	}

	/** ein/eine… counts one of any share, die/der Hälfte one half; a number word or digits count themselves. */
	private static Double numerator(String word, String share) {
		String w = word.toLowerCase(Locale.GERMAN);
		if (w.equals("ein") || w.equals("eine") || w.equals("einem") || w.equals("einer") || w.equals("eines")) {
			return 1.0;
		}
		if (share.equals("hälfte") && (w.equals("die") || w.equals("der"))) {
			return 1.0;
		}
		if (Character.isDigit(w.charAt(0))) {
			return w.length() < 3 ? Double.valueOf(w) : null;
		}
		Double cardinal = NumberWords.german().cardinal(w);
		return cardinal == null || cardinal < 2 || cardinal > 9 ? null : cardinal;
	}

	/** The qualifier the finder reads before a number in the share's place (mehr als, rund), else approximately. */
	private static Qualifier qualifier(String text, int start) {
		Qualifier qualifier = ReadQuantities.qualifierBefore(text, start);
		return qualifier == Qualifier.EXACT ? Qualifier.APPROXIMATELY : qualifier;
	}
}
