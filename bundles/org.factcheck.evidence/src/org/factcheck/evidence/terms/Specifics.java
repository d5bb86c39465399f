package org.factcheck.evidence.terms;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.dates.MonthNames;
import org.factcheck.text.numbers.NumberWords;
import org.factcheck.text.numbers.TimeSpans;

/**
 * Claim words that pin a statement down to one time or share: a number, a month or weekday, a
 * unit of time (seit einem Jahr, im Frühjahr) or a fraction (die Hälfte, ein Viertel, also inside
 * a compound: Viertelfinale), a compound led by a figure (13:7-Führung, 100-Meter-Lauf) or a count of
 * times (zweimal, 3-mal). A sentence that lacks such a word says another statement (a month
 * the source does not give, a year where it says a month), so it is never a tolerated gap. A year
 * is not among them: news leaves out the year it is written in.
 */
public final class Specifics {

	/** Words of time besides the units of time ({@link TimeSpans#namesUnit}). */
	private static final Set<String> TIMES = Set.of("wochenende", "wochenendes", "frühjahr", "frühjahrs", "frühling",
			"frühlings", "sommer", "sommers", "herbst",
			"herbstes", "herbsts", "winter", "winters", "vormittag", "vormittags", "nachmittag", "nachmittags", "abend",
			"abends", "mittag", "mittags", "nacht", "nachts", "morgens", "vorjahr", "vorjahres", "vormonat", "vorwoche");

	private static final Set<String> WEEKDAYS = Set.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
			"sonnabend", "sonntag");

	private static final Set<String> FRACTIONS = Set.of("hälfte", "drittel", "viertel", "fünftel", "sechstel", "siebtel",
			"achtel", "neuntel", "zehntel", "zwanzigstel", "hundertstel", "tausendstel");

	private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

	/** A year standing on its own in a text: not within a longer number (1.500, 20150). */
	private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![\\d,])(1[89]|20)\\d\\d(?![\\d,]|\\.\\d)");

	/** A compound whose first part is a figure, not a year (13:7-Führung, 3,5-Zimmer-Wohnung). */
	private static final Pattern LEADING_FIGURE = Pattern.compile("(\\d+(?:[:.,]\\d+)*)-\\p{L}.*");

	private Specifics() {
	}

	/** Whether the word pins its statement to a number, time or share (see the class comment). */
	public static boolean pinsDown(Term term) {
		String word = term.text().toLowerCase(Locale.GERMAN);
		if (isYear(term)) {
			return false;
		}
		if (term.kind() == TermKind.NUMBER || TIMES.contains(word) || TimeSpans.namesUnit(word)
				|| MonthNames.german().month(term.text()) != null) {
			return true;
		}
		if (countsTimes(word)) {
			return true;
		}
		Matcher figure = LEADING_FIGURE.matcher(word);
		if (figure.matches() && !isYear(figure.group(1))) {
			return true;
		}
		for (String part : word.split("-")) {
			if (WEEKDAYS.stream().anyMatch(part::startsWith) || FRACTIONS.stream().anyMatch(part::startsWith)) {
				return true;
			}
		}
		return false;
	}

	/** A count of times above one (zweimal, sechsmal, 3-mal), not einmal, which also means just or once upon a time. */
	private static boolean countsTimes(String word) {
		if (!word.endsWith("mal")) {
			return false;
		}
		String count = word.substring(0, word.length() - 3);
		if (count.endsWith("-")) {
			count = count.substring(0, count.length() - 1);
		}
		Double value = count.matches("\\d+") ? Double.valueOf(count) : NumberWords.german().countOfLowerCase(count);
		return value != null && value >= 2;
	}

	/** A year written in digits (2015), whatever the tagger took it for. */
	public static boolean isYear(Term term) {
		return isYear(term.text());
	}

	/** A year written in digits (2015). */
	public static boolean isYear(String word) {
		return YEAR.matcher(word).matches();
	}

	/** The latest year a text gives in digits (2015, also in 9.4.2016); 0 if it gives none. */
	public static int latestYear(String text) {
		Matcher years = YEAR_IN_TEXT.matcher(text);
		int latest = 0;
		while (years.find()) {
			latest = Math.max(latest, Integer.parseInt(years.group()));
		}
		return latest;
	}
}
