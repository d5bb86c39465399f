package org.factcheck.checkers.polarity.comparison;

import java.util.List;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;

/**
 * A sentence that dates its statement to another day than the claim (wenn die Frist mit 29. Juli
 * verstreicht for ab 30. Juli nicht mehr): it speaks of another time, so it neither states nor
 * denies what the claim says of its day.
 */
public final class AnotherDay {

	private AnotherDay() {
	}

	/** Whether both texts name days of the month and the sentence none of the claim's. */
	public static boolean given(String claim, String sentence) {
		List<DateExpression> claimDays = days(claim);
		if (claimDays.isEmpty()) {
			return false;
		}
		List<DateExpression> sentenceDays = days(sentence);
		return !sentenceDays.isEmpty() && sentenceDays.stream().noneMatch(day -> claimDays.stream().anyMatch(c -> same(c, day)));
	}

	private static List<DateExpression> days(String text) {
		return DateFinder.german().find(text).stream().filter(date -> !date.isRange() && date.day() > 0 && date.month() > 0).toList();
	}

	private static boolean same(DateExpression a, DateExpression b) {
		return a.day() == b.day() && a.month() == b.month() && (a.year() == 0 || b.year() == 0 || a.year() == b.year());
	}
}
