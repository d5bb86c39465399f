package org.factcheck.claims.conversion;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar dates claim files write as {@code YYYY-MM-DD}, read strictly. */
public final class IsoDate {

	private static final Pattern DIGITS = Pattern.compile("(\\d+)-(\\d+)-(\\d+)");

	private IsoDate() {
	}

	/** The date, if the text is a real date written {@code YYYY-MM-DD}. */
	public static Optional<LocalDate> parse(String text) {
		return problem(text).isEmpty() ? Optional.of(LocalDate.parse(text)) : Optional.empty();
	}

	/** Why the text is not a real date written {@code YYYY-MM-DD}, or empty if it is one. */
	public static Optional<String> problem(String text) {
		Matcher matcher = text == null ? null : DIGITS.matcher(text);
		if (matcher == null || !matcher.matches()) {
			return Optional.of("'" + text + "' is not a date: write YYYY-MM-DD, as in 2024-06-21");
		}
		String yearText = matcher.group(1);
		String monthText = matcher.group(2);
		String dayText = matcher.group(3);
		if (yearText.length() != 4 || monthText.length() != 2 || dayText.length() != 2) {
			return Optional.of("Write the date as YYYY-MM-DD with a four-digit year and two-digit month and day"
					+ suggestion(yearText, monthText, dayText));
		}
		int year = Integer.parseInt(yearText);
		int month = Integer.parseInt(monthText);
		int day = Integer.parseInt(dayText);
		if (month < 1 || month > 12) {
			return Optional.of("There is no month " + month + " in " + text + ": months run from 01 to 12");
		}
		int days = Month.of(month).length(Year.isLeap(year));
		if (day < 1 || day > days) {
			return Optional.of("There is no day " + day + " in " + text + ": "
					+ Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + days
					+ " days");
		}
		return Optional.empty();
	}

	private static String suggestion(String year, String month, String day) {
		if (year.length() != 4 || month.length() > 2 || day.length() > 2) {
			return "";
		}
		return " (" + year + "-" + pad(month) + "-" + pad(day) + ")";
	}

	private static String pad(String twoDigitsAtMost) {
		return twoDigitsAtMost.length() == 1 ? "0" + twoDigitsAtMost : twoDigitsAtMost;
	}
}
