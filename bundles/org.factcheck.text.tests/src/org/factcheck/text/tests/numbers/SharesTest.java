package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.numbers.Shares;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesTest {

	private static List<Quantity> read(String text) {
		return Shares.read(text, QuantityFinder.german().find(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Die Hälfte der Wähler blieb zu Hause.; 50; APPROXIMATELY; Die Hälfte",
			"Nur rund ein Viertel der Menge wird aufgenommen.; 25; APPROXIMATELY; ein Viertel",
			"Mehr als die Hälfte stimmte dafür.; 50; MORE_THAN; die Hälfte",
			"Drei Viertel der Fläche sind Wald.; 75; APPROXIMATELY; Drei Viertel",
			"Zwei Drittel der Firmen investieren.; 66.7; APPROXIMATELY; Zwei Drittel",
			"Knapp ein Zehntel der Stimmen ging verloren.; 10; APPROXIMATELY; ein Zehntel" })
	void aShareIsAPercentageOfTheWhole(String text, double value, Qualifier qualifier, String written) {
		assertShare(text, value, qualifier, written);
	}

	/** jeder vierte (jede dritte, jeden zweiten) is a share, one in that many: the same as ein Viertel. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Fast jeder vierte Einwohner hat Migrationshintergrund.; 25; APPROXIMATELY; jeder vierte",
			"Jede dritte Firma investiert.; 33.3; APPROXIMATELY; Jede dritte",
			"Mehr als jeder Zweite stimmte dafür.; 50; MORE_THAN; jeder Zweite",
			"Das betrifft jeden zehnten Haushalt.; 10; APPROXIMATELY; jeden zehnten" })
	void oneInEverySoManyIsAShare(String text, double value, Qualifier qualifier, String written) {
		assertShare(text, value, qualifier, written);
	}

	@Test
	void anOrdinalWithoutJederIsNoShare() {
		String text = "Der vierte Einwohner kam zu spät.";
		assertTrue(read(text).stream().noneMatch(q -> Shares.UNIT.equals(q.unit())), () -> read(text).toString());
	}

	private static void assertShare(String text, double value, Qualifier qualifier, String written) {
		List<Quantity> found = read(text);
		assertEquals(1, found.size(), found::toString);
		Quantity q = found.get(0);
		assertEquals(value, q.value());
		assertEquals(Shares.UNIT, q.unit());
		assertEquals(qualifier, q.qualifier());
		assertEquals(written, text.substring(q.start(), q.end()));
	}

	@Test
	void districtsPartsOfAGameAndCompoundsAreNoShares() {
		for (String text : List.of("Im Viertel wurde ein Fest gefeiert.", "Im letzten Drittel fiel das Tor.",
				"Sie verlor im Achtelfinale.", "In der ersten Hälfte fiel kein Tor.")) {
			assertTrue(read(text).stream().noneMatch(q -> Shares.UNIT.equals(q.unit())), () -> text + ": " + read(text));
		}
	}
}
