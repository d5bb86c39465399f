package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.factcheck.text.numbers.SharedUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedUnitsTest {

	private static List<Quantity> read(String text) {
		return SharedUnits.read(text, QuantityFinder.german().find(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Der Anteil stieg von 13,3 auf 14,6 Prozent.; 13.3; Prozent",
			"Die Förderung wuchs von 3 auf 4 Millionen Euro.; 3000000; Euro",
			"Die Quoten lagen bei 20 bzw. 25 Prozent.; 20; Prozent",
			"Sie zahlten 30 und 40 Euro.; 30; Euro" })
	void theFirstNumberTakesTheUnitWrittenAfterTheSecond(String text, double value, String unit) {
		Quantity first = read(text).get(0);
		assertEquals(value, first.value());
		assertEquals(unit, first.unit());
	}

	@Test
	void aCountedNounOrAChangeWithoutVonIsNotShared() {
		assertEquals("Kinder", read("Es kamen 3 Kinder und 4 Erwachsene.").get(0).unit());
		assertNull(read("Sie gewannen 3 und verloren 4 Spiele.").get(0).unit());
		assertNull(read("Er setzte 3 auf 5 Prozent.").get(0).unit());
	}
}
