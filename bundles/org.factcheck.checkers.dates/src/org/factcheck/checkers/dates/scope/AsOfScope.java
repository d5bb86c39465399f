package org.factcheck.checkers.dates.scope;

import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.text.dates.DatePeriod;

/**
 * Which statements count for a claim scoped to an asof date. The rule: a sentence states what held
 * at the time it is dated to — the date it gives for the statement (read against its document's
 * published date), or else the document's published date. A sentence dated entirely after the
 * asof date describes a later state and does not decide the claim; one dated at or before the asof
 * date, or to a period that contains it, applies, and a different date there is a conflict at the
 * asof date. A statement of unknown date (no date in the sentence, no published date) applies: the
 * scope cannot exclude it, and it is compared as if the claim had no asof date.
 */
public final class AsOfScope {

	private AsOfScope() {
	}

	/**
	 * Whether the sentence time {@code stated} (the time the sentence gives for the statement)
	 * applies at {@code asOf}.
	 *
	 * @param published the published date of the sentence's document, or null
	 */
	public static boolean applies(StatedTime stated, LocalDate published, LocalDate asOf) {
		Optional<DatePeriod> period = stated.date() == null ? Optional.empty() : stated.date().period(published);
		if (period.isEmpty()) {
			return applies(published, asOf);
		}
		return switch (stated.role()) {
		case UNTIL, BEFORE -> true;
		default -> !period.get().first().isAfter(asOf);
		};
	}

	/** Whether a statement dated only by its document's published date applies at {@code asOf}. */
	public static boolean applies(LocalDate published, LocalDate asOf) {
		return published == null || !published.isAfter(asOf);
	}
}
