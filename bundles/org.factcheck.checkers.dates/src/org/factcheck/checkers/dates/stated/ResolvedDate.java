package org.factcheck.checkers.dates.stated;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.factcheck.text.dates.DateExpression;

/**
 * The fields of a single date (not a period) as a text states them, completed from a reference
 * date where the text leaves them open: the year of {@code am 7. November} or the whole date of
 * {@code am Mittwoch} in an article of known date, the weekday of a full date. Completed fields are
 * marked as inferred.
 */
public record ResolvedDate(Field year, Field month, Field day, Field weekday) {

	/** One field: its value (0 when unknown) and whether it was inferred rather than stated. */
	public record Field(int value, boolean inferred) {

		public static final Field NONE = new Field(0, false);

		static Field stated(int value) {
			return value > 0 ? new Field(value, false) : NONE;
		}

		public boolean isKnown() {
			return value > 0;
		}
	}

	/** The day, when year, month and day are all known. */
	public LocalDate toLocalDate() {
		if (!year.isKnown() || !month.isKnown() || !day.isKnown()) {
			return null;
		}
		try {
			return LocalDate.of(year.value, month.value, day.value);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * The fields of {@code date} (its start, for a period), completed from {@code reference} when it
	 * is not null, following {@link DateExpression#resolve(LocalDate)}.
	 */
	public static ResolvedDate of(DateExpression date, LocalDate reference) {
		DateExpression single = new DateExpression(date.start(), date.end(), date.year(), date.month(), date.day(),
				date.weekday(), null);
		Field year = Field.stated(single.year());
		Field month = Field.stated(single.month());
		Field day = Field.stated(single.day());
		Field weekday = Field.stated(single.weekday());
		if (reference != null) {
			if (day.isKnown() && month.isKnown() && !year.isKnown()) {
				year = single.resolve(reference).map(d -> new Field(d.getYear(), true)).orElse(year);
			} else if (weekday.isKnown() && !month.isKnown() && !year.isKnown()) {
				LocalDate resolved = single.resolve(reference).orElse(null);
				if (resolved != null) {
					year = new Field(resolved.getYear(), true);
					month = new Field(resolved.getMonthValue(), true);
					day = new Field(resolved.getDayOfMonth(), true);
				}
			} else if (month.isKnown() && !day.isKnown() && !year.isKnown()) {
				year = single.period(reference).map(p -> new Field(p.first().getYear(), true)).orElse(year);
			}
		}
		if (!weekday.isKnown() && year.isKnown() && month.isKnown() && day.isKnown()) {
			try {
				weekday = new Field(LocalDate.of(year.value, month.value, day.value).getDayOfWeek().getValue(),
						year.inferred);
			} catch (DateTimeException e) {
				// an impossible date (31. Februar) has no weekday
			}
		}
		return new ResolvedDate(year, month, day, weekday);
	}
}
