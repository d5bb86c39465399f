package org.factcheck.checkers.dates.stated;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.TimeOfDay;

/**
 * A time a text states: a date or period, a part of the day, a clock time, or a date together with
 * the part of day or clock time that goes with it ({@code am Abend des 9. November},
 * {@code Donnerstagabend}, {@code am 7. Mai um 20 Uhr}).
 *
 * @param start   offset of the first word (without the role word: {@code seit}, {@code am} ...)
 * @param end     end offset, exclusive
 * @param role    what the time is for
 * @param date    the date or period, or null for a time of day alone
 * @param dayPart the part of the day, or null
 * @param clock   the clock time, or null
 */
public record StatedTime(int start, int end, Role role, DateExpression date, DayPart dayPart, TimeOfDay clock) {

	public boolean hasDate() {
		return date != null;
	}

	public boolean isPeriod() {
		return date != null && date.isRange();
	}

	public boolean overlaps(int from, int to) {
		return from < end && start < to;
	}

	/** The covered text. */
	public String text(String of) {
		return of.substring(start, end);
	}
}
