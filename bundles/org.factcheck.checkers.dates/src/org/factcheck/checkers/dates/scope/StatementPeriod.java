package org.factcheck.checkers.dates.scope;

import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.text.dates.DatePeriod;

/**
 * The time a sentence gives for the state it describes, as an interval that may be open at either
 * end: {@code zwischen 2007 und Mitte 2012} (closed), {@code seit 2009} (open at the end),
 * {@code bis März} (open at the start), {@code im Jahr 2010} (a point: only tells that the state held
 * then).
 *
 * @param first  the first day, or null when open
 * @param last   the last day, or null when open
 * @param bounds whether a date outside [first, last] is outside the state (false for a point in time:
 *               the state may have held before and after)
 * @param time   the stated time it is read from
 */
public record StatementPeriod(LocalDate first, LocalDate last, boolean bounds, StatedTime time) {

	/** Where a date lies relative to the period. */
	public enum Position {
		/** The period contains it: the state held then. */
		INSIDE,
		/** Before a bounded start: the state did not hold yet. */
		BEFORE,
		/** After a bounded end: the state no longer held. */
		AFTER,
		/** Outside a point in time: the sentence does not say. */
		UNKNOWN
	}

	/**
	 * The period of {@code time} read against its document's published date; empty when it cannot be
	 * read as days (no year, or a weekday without published date) or is only a time of day.
	 */
	public static Optional<StatementPeriod> of(StatedTime time, LocalDate published) {
		if (time.date() == null || time.date().year() == 0 && published == null) {
			return Optional.empty();
		}
		Optional<DatePeriod> period = time.date().period(published);
		if (period.isEmpty()) {
			return Optional.empty();
		}
		DatePeriod days = period.get();
		return Optional.of(switch (time.role()) {
		case SINCE, FROM -> new StatementPeriod(days.first(), null, true, time);
		case AFTER -> new StatementPeriod(days.last().plusDays(1), null, true, time);
		case UNTIL -> new StatementPeriod(null, days.last(), true, time);
		case BEFORE -> new StatementPeriod(null, days.first().minusDays(1), true, time);
		case AT, LABEL -> new StatementPeriod(days.first(), days.last(), time.isPeriod(), time);
		});
	}

	public Position position(LocalDate day) {
		if (first != null && day.isBefore(first)) {
			return bounds ? Position.BEFORE : Position.UNKNOWN;
		}
		if (last != null && day.isAfter(last)) {
			return bounds ? Position.AFTER : Position.UNKNOWN;
		}
		return Position.INSIDE;
	}
}
