package org.factcheck.text.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A date or period named in a text. Fields the text does not state are 0.
 *
 * @param start    offset of the expression (without a leading preposition such as am, im, seit)
 * @param end      end offset, exclusive; for a range the end of the whole range
 * @param year     the year, or 0
 * @param month    1-12, or 0
 * @param day      1-31, or 0
 * @param weekday  ISO day of week 1 (Monday) to 7 named in the text, or 0
 * @param rangeEnd the end of a period ({@code zwischen Jänner 2012 und Mai 2013},
 *                 {@code vom 7. bis 9. November}, {@code 2015/16}), or null
 */
public record DateExpression(int start, int end, int year, int month, int day, int weekday, DateExpression rangeEnd) {

	/**
	 * How far after the reference date a date without year may lie before it is taken to mean the
	 * previous year: news mostly reports the past, but also announces the coming months.
	 */
	static final int FUTURE_DAYS = 183;

	public boolean isRange() {
		return rangeEnd != null;
	}

	/** Whether the expression names a single day (possibly only by its weekday). */
	public boolean namesDay() {
		return day > 0 && month > 0 || weekday > 0 && month == 0 && year == 0;
	}

	/**
	 * The day this expression names, read as a news text written on {@code reference}: a missing
	 * year is the reference year, or the previous year when the date would lie more than half a
	 * year after the reference; a weekday alone is the most recent such day on or before the
	 * reference. Empty for months, years and ranges (see {@link #period(LocalDate)}) and for
	 * impossible dates (31. Februar).
	 */
	public Optional<LocalDate> resolve(LocalDate reference) {
		if (rangeEnd != null) {
			return Optional.empty();
		}
		try {
			if (day > 0 && month > 0) {
				int y = year > 0 ? year : inferYear(month, day, reference);
				return y == 0 ? Optional.empty() : Optional.of(LocalDate.of(y, month, day));
			}
			if (weekday > 0 && month == 0 && year == 0 && reference != null) {
				return Optional.of(reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday))));
			}
		} catch (DateTimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * All days the expression covers: one day, a whole month or year, or a range from the first day
	 * of its start to the last day of its end. Missing years are inferred as in
	 * {@link #resolve(LocalDate)}; empty when that is impossible ({@code reference} null) or the
	 * expression names only a weekday without reference.
	 */
	public Optional<DatePeriod> period(LocalDate reference) {
		Optional<DatePeriod> first = ownPeriod(reference);
		if (rangeEnd == null || first.isEmpty()) {
			return first;
		}
		Optional<DatePeriod> last = rangeEnd.ownPeriod(reference);
		if (last.isEmpty() || last.get().last().isBefore(first.get().first())) {
			return Optional.empty();
		}
		return Optional.of(new DatePeriod(first.get().first(), last.get().last()));
	}

	private Optional<DatePeriod> ownPeriod(LocalDate reference) {
		try {
			if (day > 0 && month > 0 || weekday > 0 && month == 0 && year == 0) {
				DateExpression single = new DateExpression(start, end, year, month, day, weekday, null);
				return single.resolve(reference).map(d -> new DatePeriod(d, d));
			}
			if (month > 0) {
				int y = year > 0 ? year : inferYear(month, 1, reference);
				if (y == 0) {
					return Optional.empty();
				}
				YearMonth ym = YearMonth.of(y, month);
				return Optional.of(new DatePeriod(ym.atDay(1), ym.atEndOfMonth()));
			}
			if (year > 0) {
				return Optional.of(new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
		} catch (DateTimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static int inferYear(int month, int day, LocalDate reference) {
		if (reference == null) {
			return 0;
		}
		int y = reference.getYear();
		LocalDate candidate = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
		return candidate.isAfter(reference.plusDays(FUTURE_DAYS)) ? y - 1 : y;
	}
}
