package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Quantities a reader of its own found in a text, put in place of those the finder read there. */
final class ReadQuantities {

	private ReadQuantities() {
	}

	/** How far before a read quantity a qualifier is looked for. */
	private static final int QUALIFIER_REACH = 30;

	/**
	 * The qualifier the finder reads before a number at {@code start} (mehr als, rund, knapp), else
	 * {@link Qualifier#EXACT}.
	 */
	static Qualifier qualifierBefore(String text, int start) {
		String before = text.substring(Math.max(0, start - QUALIFIER_REACH), start);
		List<Quantity> probe = QuantityFinder.german().find(before + "50 Prozent");
		return probe.isEmpty() ? Qualifier.EXACT : probe.get(probe.size() - 1).qualifier();
	}

	/** {@code found} without the quantities that overlap one of {@code read}, plus {@code read}, sorted by start. */
	static List<Quantity> replacing(List<Quantity> found, List<Quantity> read) {
		if (read.isEmpty()) {
			return found;
		}
		List<Quantity> result = new ArrayList<>(found);
		for (Quantity quantity : read) {
			result.removeIf(q -> q.start() < quantity.end() && quantity.start() < q.end());
		}
		result.addAll(read);
		result.sort(Comparator.comparingInt(Quantity::start));
		return result;
	}
}
