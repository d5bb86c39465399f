package org.factcheck.text.dates;

import java.time.LocalDate;

/** The days a date expression covers, both ends inclusive: one day, a month, a year or a range. */
public record DatePeriod(LocalDate first, LocalDate last) {

	public DatePeriod {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("period ends before it starts: " + first + " .. " + last);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(first) && !day.isAfter(last);
	}

	public boolean overlaps(DatePeriod other) {
		return !other.last.isBefore(first) && !other.first.isAfter(last);
	}

	public boolean isSingleDay() {
		return first.equals(last);
	}
}
