package org.factcheck.text.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.scan.Lexeme;
import org.factcheck.text.scan.Lexeme.Kind;
import org.factcheck.text.scan.PhraseMatcher;
import org.factcheck.text.scan.WordScanner;

/**
 * Finds dates in German text: {@code 24.10.2024}, {@code 16. 5. 2016}, {@code 24.10.}, {@code 2024-10-24},
 * {@code 7. November [2024]}, {@code November 2024}, months on their own ({@code im März}; the
 * ambiguous {@code Mai} and {@code August} only after a cue word), Austrian {@code Jänner} and
 * {@code Feber}, weekdays ({@code am Donnerstag}, {@code Donnerstagabend},
 * {@code Donnerstag, 7. November}), plausible years ({@code 2016}, {@code seit 2011}; not
 * {@code 2000 Menschen} or {@code rund 2000}), seasons ({@code 2015/16}) and ranges
 * ({@code zwischen Jänner 2012 und Mai 2013}, {@code von März bis Mai}, {@code vom 7. bis 9. November},
 * {@code 2015–2016}). Also finds clock times ({@link #findTimes(String)}).
 */
public final class DateFinder {

	private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");
	private static final Pattern DAY = Pattern.compile("\\d{1,2}");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");
	private static final Pattern SEASON = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
	private static final int MIN_YEAR = 1800;
	private static final int MIN_YEAR_WITHOUT_CUE = 1900;
	private static final int MAX_YEAR = 2100;

	private final MonthNames months = MonthNames.german();
	private final Map<String, Integer> weekdays = new HashMap<>();
	private final List<String> dayParts;
	private final Set<String> dateCues = new HashSet<>();
	private final Set<String> datingParticiples = new HashSet<>();
	private final PhraseMatcher<Boolean> amountWords = new PhraseMatcher<>();
	private final PhraseMatcher<Boolean> unitWords = new PhraseMatcher<>();

	/** A date found in lexemes [first, last]. */
	private record Found(DateExpression date, int first, int last) {
	}

	private DateFinder() {
		for (String[] row : DataFile.table(DateFinder.class, "data/weekdays.txt", 2)) {
			weekdays.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
		}
		dayParts = DataFile.lines(DateFinder.class, "data/day-parts.txt");
		for (String cue : DataFile.lines(DateFinder.class, "data/date-cues.txt")) {
			dateCues.add(cue.toLowerCase(Locale.ROOT));
		}
		for (String participle : DataFile.lines(DateFinder.class, "data/dating-participles.txt")) {
			datingParticiples.add(participle.toLowerCase(Locale.ROOT));
		}
		for (String[] row : DataFile.table(DateFinder.class, "data/qualifiers.txt", 2)) {
			amountWords.add(row[0], Boolean.TRUE);
		}
		for (String[] row : DataFile.table(DateFinder.class, "data/units.txt", 3)) {
			unitWords.add(row[0], Boolean.TRUE);
		}
		for (String[] row : DataFile.table(DateFinder.class, "data/number-words.txt", 3)) {
			if (row[2].equals("multiplier")) {
				unitWords.add(row[0], Boolean.TRUE);
			}
		}
	}

	private static final class Holder {
		static final DateFinder GERMAN = new DateFinder();
	}

	public static DateFinder german() {
		return Holder.GERMAN;
	}

	/** The dates in {@code text}, in order, not overlapping. */
	public List<DateExpression> find(String text) {
		List<DateExpression> dates = new ArrayList<>();
		for (List<Lexeme> lexemes : WordScanner.scanLines(text)) {
			findInLine(text, lexemes, dates);
		}
		return dates;
	}

	/** Adds the dates in one line of {@code text} (its lexemes, see {@link WordScanner#scanLines}) to {@code dates}. */
	public void findInLine(String text, List<Lexeme> lexemes, List<DateExpression> dates) {
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < lexemes.size()) {
			Found date = match(text, lexemes, i);
			if (date != null) {
				found.add(date);
				i = date.last() + 1;
			} else {
				i++;
			}
		}
		dates.addAll(mergeRanges(lexemes, found));
	}

	/** Clock times: {@code 11:32 Uhr}, {@code 11:32}, {@code 9.30 Uhr}, {@code 20 Uhr}. */
	public List<TimeOfDay> findTimes(String text) {
		List<TimeOfDay> times = new ArrayList<>();
		for (List<Lexeme> lexemes : WordScanner.scanLines(text)) {
			findTimes(lexemes, times);
		}
		return times;
	}

	/** Adds the clock times in one line (its lexemes, see {@link WordScanner#scanLines}) to {@code times}. */
	public static void findTimes(List<Lexeme> lexemes, List<TimeOfDay> times) {
		for (int i = 0; i < lexemes.size(); i++) {
			Lexeme lexeme = lexemes.get(i);
			if (!lexeme.is(Kind.NUMBER)) {
				continue;
			}
			boolean uhr = i + 1 < lexemes.size() && lexemes.get(i + 1).isWord("Uhr");
			int end = uhr ? lexemes.get(i + 1).end() : lexeme.end();
			Matcher clock = CLOCK.matcher(lexeme.text());
			if (clock.matches() && (uhr || lexeme.text().indexOf(':') > 0)) {
				int hour = Integer.parseInt(clock.group(1));
				int minute = Integer.parseInt(clock.group(2));
				if (hour <= 24 && minute <= 59) {
					times.add(new TimeOfDay(lexeme.start(), end, hour, minute));
				}
			} else if (uhr && DAY.matcher(lexeme.text()).matches() && Integer.parseInt(lexeme.text()) <= 24) {
				times.add(new TimeOfDay(lexeme.start(), end, Integer.parseInt(lexeme.text()), 0));
			}
		}
	}

	private Found match(String text, List<Lexeme> lx, int i) {
		Lexeme a = lx.get(i);
		if (a.is(Kind.NUMBER)) {
			return matchNumber(text, lx, i);
		}
		if (a.is(Kind.WORD)) {
			Found weekday = matchWeekday(text, lx, i);
			return weekday != null ? weekday : matchMonth(lx, i);
		}
		return null;
	}

	private Found matchNumber(String text, List<Lexeme> lx, int i) {
		Lexeme a = lx.get(i);
		String t = a.text();
		if (gluedToWord(lx, i)) {
			return null;
		}
		Matcher m = FULL_DATE.matcher(t);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(3));
			if (m.group(3).length() == 2) {
				year += year <= 50 ? 2000 : 1900;
			}
			return valid(day(m.group(1)), Integer.parseInt(m.group(2)))
					? new Found(date(a.start(), a.end(), year, Integer.parseInt(m.group(2)), day(m.group(1))), i, i)
					: null;
		}
		Found iso = matchIso(lx, i);
		if (iso != null) {
			return iso;
		}
		m = DAY_MONTH.matcher(t);
		if (m.matches() && adjacentPunctuation(lx, i + 1, '.') && !adjacentKind(lx, i + 2, Kind.NUMBER)
				&& valid(day(m.group(1)), Integer.parseInt(m.group(2)))) {
			int last = i + 1;
			int year = 0;
			if (isYearNumber(lx, i + 2)) {
				year = Integer.parseInt(lx.get(i + 2).text());
				last = i + 2;
			}
			return new Found(date(a.start(), lx.get(last).end(), year, Integer.parseInt(m.group(2)), day(m.group(1))), i,
					last);
		}
		if (DAY.matcher(t).matches() && adjacentPunctuation(lx, i + 1, '.')) {
			Found spaced = matchSpacedNumericDate(lx, i);
			return spaced != null ? spaced : matchDayMonthWord(lx, i);
		}
		m = SEASON.matcher(t);
		if (m.matches()) {
			int first = Integer.parseInt(m.group(1));
			int second = Integer.parseInt(m.group(2));
			if (m.group(2).length() == 2) {
				second += first / 100 * 100;
			}
			if (plausibleYear(first) && second > first && second - first <= 10) {
				DateExpression end = date(a.start() + m.start(2), a.end(), second, 0, 0);
				return new Found(new DateExpression(a.start(), a.end(), first, 0, 0, 0, end), i, i);
			}
			return null;
		}
		if (YEAR.matcher(t).matches() && isYearInContext(lx, i)) {
			return new Found(date(a.start(), a.end(), Integer.parseInt(t), 0, 0), i, i);
		}
		return null;
	}

	/** 7. November [2024], 7.–9. November, 7. bis 9. November. */
	private Found matchDayMonthWord(List<Lexeme> lx, int i) {
		int day = day(lx.get(i).text());
		int monthAt = i + 2;
		int month = monthAt < lx.size() ? monthNumber(lx, monthAt, true) : 0;
		if (month > 0 && valid(day, month)) {
			int last = monthEnd(lx, monthAt);
			int year = 0;
			if (isYearNumber(lx, last + 1)) {
				year = Integer.parseInt(lx.get(last + 1).text());
				last++;
			}
			return new Found(date(lx.get(i).start(), lx.get(last).end(), year, month, day), i, last);
		}
		int secondDay = i + 3;
		if (secondDay + 2 < lx.size() && (lx.get(i + 2).isWord("bis") || isDash(lx.get(i + 2)))
				&& lx.get(secondDay).is(Kind.NUMBER) && DAY.matcher(lx.get(secondDay).text()).matches()
				&& adjacentPunctuation(lx, secondDay + 1, '.')) {
			Found end = matchDayMonthWord(lx, secondDay);
			if (end != null && valid(day, end.date().month()) && day < end.date().day()) {
				DateExpression e = end.date();
				return new Found(new DateExpression(lx.get(i).start(), e.end(), e.year(), e.month(), day, 0, e), i,
						end.last());
			}
		}
		return null;
	}

	/** 16. 5. 2016 */
	private static Found matchSpacedNumericDate(List<Lexeme> lx, int i) {
		if (i + 4 >= lx.size() || !lx.get(i + 2).is(Kind.NUMBER) || !DAY.matcher(lx.get(i + 2).text()).matches()
				|| !adjacentPunctuation(lx, i + 3, '.') || !lx.get(i + 4).is(Kind.NUMBER)
				|| !YEAR.matcher(lx.get(i + 4).text()).matches()) {
			return null;
		}
		int day = day(lx.get(i).text());
		int month = Integer.parseInt(lx.get(i + 2).text());
		int year = Integer.parseInt(lx.get(i + 4).text());
		return valid(day, month) && plausibleYear(year)
				? new Found(date(lx.get(i).start(), lx.get(i + 4).end(), year, month, day), i, i + 4)
				: null;
	}

	private Found matchIso(List<Lexeme> lx, int i) {
		if (i + 4 >= lx.size() || !YEAR.matcher(lx.get(i).text()).matches()) {
			return null;
		}
		if (!adjacentPunctuation(lx, i + 1, '-') || !adjacentKind(lx, i + 2, Kind.NUMBER)
				|| !adjacentPunctuation(lx, i + 3, '-') || !adjacentKind(lx, i + 4, Kind.NUMBER)) {
			return null;
		}
		String month = lx.get(i + 2).text();
		String day = lx.get(i + 4).text();
		if (month.length() != 2 || day.length() != 2 || !valid(Integer.parseInt(day), Integer.parseInt(month))) {
			return null;
		}
		return new Found(date(lx.get(i).start(), lx.get(i + 4).end(), Integer.parseInt(lx.get(i).text()),
				Integer.parseInt(month), Integer.parseInt(day)), i, i + 4);
	}

	private Found matchWeekday(String text, List<Lexeme> lx, int i) {
		int weekday = weekdayNumber(lx.get(i).text());
		if (weekday == 0) {
			return null;
		}
		int j = i + 1;
		if (j < lx.size() && lx.get(j).isPunctuation(',')) {
			j++;
		}
		if (j < lx.size() && lx.get(j).isWord("den")) {
			j++;
		}
		if (j < lx.size() && lx.get(j).is(Kind.NUMBER)) {
			Found date = matchNumber(text, lx, j);
			if (date != null && date.date().day() > 0 && !date.date().isRange()) {
				DateExpression d = date.date();
				return new Found(new DateExpression(lx.get(i).start(), d.end(), d.year(), d.month(), d.day(), weekday, null),
						i, date.last());
			}
		}
		Lexeme w = lx.get(i);
		return new Found(new DateExpression(w.start(), w.end(), 0, 0, 0, weekday, null), i, i);
	}

	private Found matchMonth(List<Lexeme> lx, int i) {
		MonthNames.Month month = monthAt(lx, i);
		if (month == null) {
			return null;
		}
		int last = monthEnd(lx, i);
		if (isYearNumber(lx, last + 1)) {
			return new Found(date(lx.get(i).start(), lx.get(last + 1).end(), Integer.parseInt(lx.get(last + 1).text()),
					month.number(), 0), i, last + 1);
		}
		boolean cue = i > 0 && dateCues.contains(lx.get(i - 1).text().toLowerCase(Locale.ROOT));
		if (month.use() == MonthNames.Use.NAME || month.use() == MonthNames.Use.AMBIGUOUS && cue) {
			return new Found(date(lx.get(i).start(), lx.get(last).end(), 0, month.number(), 0), i, last);
		}
		return null;
	}

	private List<DateExpression> mergeRanges(List<Lexeme> lx, List<Found> found) {
		List<DateExpression> dates = new ArrayList<>();
		int k = 0;
		while (k < found.size()) {
			Found first = found.get(k);
			if (k + 1 < found.size() && !first.date().isRange() && !found.get(k + 1).date().isRange()
					&& joinsRange(lx, first, found.get(k + 1))) {
				dates.add(range(first.date(), found.get(k + 1).date()));
				k += 2;
			} else {
				dates.add(first.date());
				k++;
			}
		}
		return dates;
	}

	private boolean joinsRange(List<Lexeme> lx, Found first, Found second) {
		int from = first.last() + 1;
		int to = second.first();
		if (from >= to) {
			return false;
		}
		Lexeme link = lx.get(from);
		if (link.isWord("und")) {
			return to == from + 1 && first.first() > 0 && lx.get(first.first() - 1).isWord("zwischen");
		}
		if (!link.isWord("bis") && !isDash(link)) {
			return false;
		}
		for (int j = from + 1; j < to; j++) {
			String w = lx.get(j).text().toLowerCase(Locale.ROOT);
			if (!(w.equals("zum") || w.equals("zur") || w.equals("anfang") || w.equals("mitte") || w.equals("ende")
					|| w.equals("in") || w.equals("ins") || w.equals("den") || w.equals("jahr"))) {
				return false;
			}
		}
		return true;
	}

	private static DateExpression range(DateExpression start, DateExpression end) {
		int year = start.year();
		if (year == 0 && end.year() > 0) {
			year = start.month() > 0 && end.month() > 0 && start.month() > end.month() ? end.year() - 1 : end.year();
		}
		int month = start.month() == 0 && start.day() > 0 ? end.month() : start.month();
		return new DateExpression(start.start(), end.end(), year, month, start.day(), start.weekday(), end);
	}

	private MonthNames.Month monthAt(List<Lexeme> lx, int i) {
		Lexeme w = lx.get(i);
		if (!w.is(Kind.WORD)) {
			return null;
		}
		if (adjacentPunctuation(lx, i + 1, '.')) {
			MonthNames.Month abbreviated = months.month(w.text() + ".");
			if (abbreviated != null) {
				return abbreviated;
			}
		}
		MonthNames.Month month = months.month(w.text());
		return month != null && month.use() != MonthNames.Use.ABBREVIATION ? month : null;
	}

	/** The month's number when a month (or with a day, also an abbreviation) starts at {@code i}. */
	private int monthNumber(List<Lexeme> lx, int i, boolean withDay) {
		MonthNames.Month month = monthAt(lx, i);
		return month == null || !withDay && month.use() != MonthNames.Use.NAME ? 0 : month.number();
	}

	private int monthEnd(List<Lexeme> lx, int i) {
		return months.month(lx.get(i).text()) == null && adjacentPunctuation(lx, i + 1, '.') ? i + 1 : i;
	}

	private int weekdayNumber(String word) {
		if (word.length() < 6 || "MDFSmdfs".indexOf(word.charAt(0)) < 0) {
			return 0;
		}
		String w = word.toLowerCase(Locale.ROOT);
		Integer direct = weekdays.get(w);
		if (direct != null) {
			return direct;
		}
		for (Map.Entry<String, Integer> weekday : weekdays.entrySet()) {
			if (w.startsWith(weekday.getKey()) && dayParts.contains(w.substring(weekday.getKey().length()))) {
				return weekday.getValue();
			}
		}
		return 0;
	}

	private boolean isYearNumber(List<Lexeme> lx, int i) {
		return i < lx.size() && lx.get(i).is(Kind.NUMBER) && YEAR.matcher(lx.get(i).text()).matches()
				&& plausibleYear(Integer.parseInt(lx.get(i).text())) && !followedByUnit(lx, i);
	}

	/**
	 * A bare four-digit number is a year when a date cue precedes it (im, seit, Jahr, a month), a
	 * participle dating an event follows it (1899 geboren) or
	 * when nothing marks it as an amount: a qualifier before it (rund 2000), a unit or multiplier
	 * after it (2000 Euro) or a noun it counts (2000 Menschen).
	 */
	private boolean isYearInContext(List<Lexeme> lx, int i) {
		int value = Integer.parseInt(lx.get(i).text());
		if (value < MIN_YEAR || value > MAX_YEAR || adjacentKind(lx, i + 1, Kind.SYMBOL)) {
			return false;
		}
		boolean cue = i > 0 && (dateCues.contains(lx.get(i - 1).text().toLowerCase(Locale.ROOT))
				|| months.month(lx.get(i - 1).text()) != null)
				|| i + 1 < lx.size() && datingParticiples.contains(lx.get(i + 1).text().toLowerCase(Locale.ROOT));
		if (cue) {
			return true;
		}
		if (value < MIN_YEAR_WITHOUT_CUE || i > 0 && amountWords.endingAt(lx, i - 1) != null || followedByUnit(lx, i)) {
			return false;
		}
		if (i + 1 < lx.size()) {
			Lexeme next = lx.get(i + 1);
			if (next.isCapitalized() && months.month(next.text()) == null && weekdayNumber(next.text()) == 0) {
				return false;
			}
		}
		return true;
	}

	private boolean followedByUnit(List<Lexeme> lx, int i) {
		return i + 1 < lx.size() && (lx.get(i + 1).is(Kind.SYMBOL) || unitWords.startingAt(lx, i + 1) != null);
	}

	private static boolean plausibleYear(int year) {
		return year >= MIN_YEAR_WITHOUT_CUE && year <= MAX_YEAR;
	}

	/** An id such as {@code A380} or {@code Tu-154}: digits glued to a preceding word. */
	private static boolean gluedToWord(List<Lexeme> lx, int i) {
		if (i == 0) {
			return false;
		}
		Lexeme previous = lx.get(i - 1);
		if (previous.end() != lx.get(i).start()) {
			return false;
		}
		return previous.is(Kind.WORD) || previous.is(Kind.MIXED)
				|| previous.isPunctuation('-') && i > 1 && lx.get(i - 2).end() == previous.start()
						&& lx.get(i - 2).is(Kind.WORD);
	}

	private static boolean adjacentPunctuation(List<Lexeme> lx, int i, char c) {
		return i < lx.size() && i > 0 && lx.get(i).isPunctuation(c) && lx.get(i - 1).end() == lx.get(i).start();
	}

	private static boolean adjacentKind(List<Lexeme> lx, int i, Kind kind) {
		return i < lx.size() && i > 0 && lx.get(i).is(kind) && lx.get(i - 1).end() == lx.get(i).start();
	}

	private static boolean isDash(Lexeme lexeme) {
		return lexeme.is(Kind.PUNCTUATION) && "-–—‒".contains(lexeme.text());
	}

	private static boolean valid(int day, int month) {
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}

	private static int day(String digits) {
		return Integer.parseInt(digits);
	}

	private static DateExpression date(int start, int end, int year, int month, int day) {
		return new DateExpression(start, end, year, month, day, 0, null);
	}
}
