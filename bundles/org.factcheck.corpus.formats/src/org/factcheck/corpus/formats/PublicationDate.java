package org.factcheck.corpus.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as files and people write it: ISO dates and date-times ({@code 2024-10-24},
 * {@code 2024-6-1}, {@code 2024-10-24T11:32:00+02:00}: the date as the publisher wrote it, without
 * converting time zones), German dates ({@code 24.10.2024}) and PDF dates
 * ({@code D:20241024113200+02'00'}).
 */
public final class PublicationDate {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
	private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:\\D.*)?");
	private static final Pattern PDF = Pattern.compile("(?:D:)?(\\d{4})(\\d{2})(\\d{2}).*");

	private PublicationDate() {
	}

	/** The date in {@code value}, or empty when it is no date in a known form. */
	public static Optional<LocalDate> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String text = value.strip();
		Matcher iso = ISO.matcher(text);
		if (iso.matches()) {
			return date(iso.group(1), iso.group(2), iso.group(3));
		}
		Matcher german = GERMAN.matcher(text);
		if (german.matches()) {
			return date(german.group(3), german.group(2), german.group(1));
		}
		Matcher pdf = PDF.matcher(text);
		if (pdf.matches()) {
			return date(pdf.group(1), pdf.group(2), pdf.group(3));
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		} catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
	}
}
