package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Quantities a reader of its own found in a text, put in place of those the finder read there. */
final class ReadQuantities {

	private ReadQuantities() {
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
