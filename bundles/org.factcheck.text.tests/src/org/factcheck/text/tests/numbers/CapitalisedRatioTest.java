package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.junit.jupiter.api.Test;

/**
 * Number words in a ratio or score (Eins zu Zehn, Drei zu Null) are numbers though written with a
 * capital; a capitalised number word elsewhere in a sentence is a noun (eine Eins im Zeugnis).
 */
class CapitalisedRatioTest {

	private static List<Double> values(String text) {
		return QuantityFinder.german().find(text).stream().map(Quantity::value).toList();
	}

	@Test
	void capitalisedNumberWordsOfARatioAreNumbers() {
		assertEquals(List.of(1.0, 10.0), values("Das Verhältnis der beiden Arten ist etwa Eins zu Zehn, sagt der Forscher."));
		assertEquals(List.of(3.0, 0.0), values("Das Spiel endete Drei zu Null."));
	}

	@Test
	void aCapitalisedNumberWordOutsideARatioIsANoun() {
		assertEquals(List.of(), values("Er bekam eine Eins zu Weihnachten."));
	}
}
