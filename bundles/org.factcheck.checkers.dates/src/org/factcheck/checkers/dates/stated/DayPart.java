package org.factcheck.checkers.dates.stated;

/**
 * A part of the day (Morgen, Mittag, Abend, Nacht ...) and the hours it spans, from (inclusive) to
 * (exclusive); a span past midnight has {@code fromHour > toHour}.
 */
public record DayPart(String name, int fromHour, int toHour) {

	public boolean containsHour(int hour) {
		return fromHour <= toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
	}

	/** Whether some hour belongs to both parts; parts that do not overlap contradict each other. */
	public boolean overlaps(DayPart other) {
		for (int hour = 0; hour < 24; hour++) {
			if (containsHour(hour) && other.containsHour(hour)) {
				return true;
			}
		}
		return false;
	}
}
