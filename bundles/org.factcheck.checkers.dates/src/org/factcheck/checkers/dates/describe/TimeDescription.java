package org.factcheck.checkers.dates.describe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.factcheck.checkers.dates.stated.Role;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.TimeOfDay;

/**
 * Stated times in plain English for findings: {@code the evening of 9 November},
 * {@code Thursday evening}, {@code March 2015}, {@code since 2011},
 * {@code from January 2012 to May 2013}, {@code 20:00}.
 */
public final class TimeDescription {

	private TimeDescription() {
	}

	public static String of(StatedTime time) {
		String date = time.date() == null ? null : date(time.date());
		String described;
		if (date == null) {
			described = time.dayPart() != null ? "the " + time.dayPart().name() : "";
		} else if (time.dayPart() == null) {
			described = date;
		} else if (weekdayOnly(time.date())) {
			described = date + " " + time.dayPart().name();
		} else if (time.date().day() > 0) {
			described = "the " + time.dayPart().name() + " of " + date;
		} else {
			described = date + " (" + time.dayPart().name() + ")";
		}
		if (time.clock() != null) {
			described = described.isEmpty() ? clock(time.clock()) : described + " at " + clock(time.clock());
		}
		return time.role().english() + described;
	}

	/**
	 * The time as the object of "dates it": {@code to the morning of 7 November},
	 * {@code from 2007 to 2012}, {@code since 2009}.
	 */
	public static String dating(StatedTime time) {
		boolean plain = (time.role() == Role.AT || time.role() == Role.LABEL) && !time.isPeriod();
		return (plain ? "to " : "") + of(time);
	}

	/** A day as {@code Wednesday, 19 June 2024}. */
	public static String of(LocalDate day) {
		return weekday(day.getDayOfWeek().getValue()) + ", " + day.getDayOfMonth() + " " + month(day.getMonthValue())
				+ " " + day.getYear();
	}

	private static String date(DateExpression date) {
		if (date.isRange()) {
			return "from " + single(date) + " to " + single(date.rangeEnd());
		}
		return single(date);
	}

	private static String single(DateExpression date) {
		StringBuilder text = new StringBuilder();
		if (date.weekday() > 0) {
			text.append(weekday(date.weekday()));
		}
		if (date.month() > 0) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			if (date.day() > 0) {
				text.append(date.day()).append(' ');
			}
			text.append(month(date.month()));
		}
		if (date.year() > 0) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(date.year());
		}
		return text.toString();
	}

	private static boolean weekdayOnly(DateExpression date) {
		return date.weekday() > 0 && date.month() == 0 && date.year() == 0 && !date.isRange();
	}

	private static String weekday(int isoDay) {
		return DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String month(int month) {
		return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String clock(TimeOfDay clock) {
		return String.format(Locale.ROOT, "%02d:%02d", clock.hour(), clock.minute());
	}
}
