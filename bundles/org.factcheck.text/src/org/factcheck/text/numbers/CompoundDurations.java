package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Durations written as compound adjectives: {@code der 38-jährige Spieler}, {@code die
 * 38jährige}, {@code ein dreijähriger Vertrag}, {@code die 20-minütige Rede}, {@code ein
 * 5-tägiger Besuch}. Each is read as the quantity of the duration unit ({@code 38 Jahre},
 * {@code 3 Jahre}, {@code 20 Minuten}, {@code 5 Tage}), so that it compares with {@code 38 Jahre
 * alt} or {@code drei Jahre}. Used where quantities are compared, not by {@link QuantityFinder}
 * (what the importer annotates stays as it was).
 */
public final class CompoundDurations {

	/** The stems of the compound adjectives of units of time (jährig, monatig, ...), from {@link TimeUnits}. */
	private static final List<String> STEMS = TimeUnits.german().all().stream().map(TimeUnits.TimeUnit::adjectiveStem)
			.filter(Objects::nonNull).toList();
	private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\d+(?:,\\d+)?-?|\\p{L}+?)("
			+ String.join("|", STEMS) + ")(?:e|en|er|es|em)?(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/**
	 * The forms of the units of time that open a compound noun after a number (Jahres in
	 * Zweijahresvertrag, Monats in Dreimonatsfrist, Stunden in Achtstundentag), from {@link TimeUnits}.
	 */
	private static final List<String> NOUN_FORMS = TimeUnits.german().all().stream().filter(unit -> unit.adjectiveStem() != null)
			.flatMap(unit -> unit.forms().stream()).map(form -> form.toLowerCase(Locale.ROOT)).filter(form -> form.length() > 4)
			.sorted(Comparator.comparingInt(String::length).reversed()).toList();
	/** A noun compound of a spelled number, a unit of time and a head noun of its own (Zweijahresvertrag, Fünfjahresplan). */
	private static final Pattern NOUN_COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}+?)("
			+ String.join("|", NOUN_FORMS) + ")(\\p{Ll}{3,})(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE);
	/** Cheap test before the expression: every compound has the end of one of the stems. */
	private static final Pattern STEM = Pattern.compile(STEMS.stream().map(stem -> stem.substring(stem.length() - 4))
			.collect(Collectors.joining("|", "(?:", ")")), Pattern.CASE_INSENSITIVE);

	private CompoundDurations() {
	}

	/**
	 * The {@code quantities} found in {@code text} by {@link QuantityFinder} with its compound
	 * duration adjectives read as durations: a quantity found on one ({@code 38-jährige}, unit
	 * {@code jährige}) gets the duration unit, keeping its qualifier; one the finder does not read
	 * ({@code 38jährige}, {@code dreijährige}) is added. Sorted by start; the same list if the
	 * text has none.
	 */
	public static List<Quantity> read(String text, List<Quantity> quantities) {
		List<Quantity> withNouns = nounCompounds(text, quantities);
		if (!STEM.matcher(text).find()) {
			return withNouns;
		}
		return adjectives(text, withNouns);
	}

	/**
	 * The quantities with the numbers that open noun compounds of a unit of time added
	 * (Zweijahresvertrag: 2 jahresvertrag). The unit is the rest of the compound: the duration is
	 * that of the thing the head names, comparable only with the same compound (Dreijahresvertrag),
	 * not with an age or another span. A compound whose first part is no number (Vorjahresniveau,
	 * Halbjahresbilanz) is none.
	 */
	private static List<Quantity> nounCompounds(String text, List<Quantity> quantities) {
		Matcher m = NOUN_COMPOUND.matcher(text);
		List<Quantity> result = null;
		while (m.find()) {
			Double value = value(m.group(1));
			if (value == null || quantities.stream().anyMatch(q -> q.start() < m.end() && m.start() < q.end())) {
				continue;
			}
			result = result == null ? new ArrayList<>(quantities) : result;
			String unit = (m.group(2) + m.group(3)).toLowerCase(Locale.ROOT);
			result.add(new Quantity(m.start(), m.end(), value, value, Qualifier.EXACT, unit, false));
		}
		if (result == null) {
			return quantities;
		}
		result.sort(Comparator.comparingInt(Quantity::start));
		return result;
	}

	private static List<Quantity> adjectives(String text, List<Quantity> quantities) {
		Matcher m = COMPOUND.matcher(text);
		List<Quantity> result = null;
		while (m.find()) {
			Double value = value(m.group(1));
			if (value == null) {
				continue;
			}
			if (result == null) {
				result = new ArrayList<>(quantities);
			}
			String unit = TimeUnits.german().ofAdjectiveStem(m.group(2).toLowerCase(Locale.ROOT)).name();
			Quantity found = null;
			for (Quantity q : result) {
				if (q.start() < m.end() && m.start() < q.end() && !q.ordinal()) {
					found = q;
					break;
				}
			}
			if (found != null) {
				result.set(result.indexOf(found), new Quantity(found.start(), Math.max(found.end(), m.end()), found.value(),
						found.upperValue(), found.qualifier(), unit, false));
			} else {
				result.add(new Quantity(m.start(), m.end(), value, value, Qualifier.EXACT, unit, false));
			}
		}
		if (result == null) {
			return quantities;
		}
		result.sort(Comparator.comparingInt(Quantity::start));
		return result;
	}

	/** The number before the compound's stem (38, 38-, drei, zwanzig), or null (lang-, minder-, ganz-, halb-). */
	private static Double value(String prefix) {
		String p = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
		if (!p.isEmpty() && Character.isDigit(p.charAt(0))) {
			if (p.length() > 1 && p.charAt(0) == '0' && p.indexOf(',') < 0) {
				return null;
			}
			return Double.valueOf(p.replace(',', '.'));
		}
		Double cardinal = NumberWords.german().countOfLowerCase(p.toLowerCase(Locale.ROOT));
		return cardinal == null || cardinal < 1 ? null : cardinal;
	}
}
