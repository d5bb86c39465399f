package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.numbers.Factors;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorsTest {

	private static List<Quantity> read(String text) {
		return Factors.read(text, QuantityFinder.german().find(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Die Zahl der Mitglieder verdoppelte sich binnen eines Jahres.; 2; EXACT; verdoppelte",
			"Der Umsatz hat sich seit 2010 verdreifacht.; 3; EXACT; verdreifacht",
			"Die Regierung plant eine Verzehnfachung der Mittel.; 10; EXACT; Verzehnfachung",
			"Die Kosten wurden halbiert.; 0.5; EXACT; halbiert",
			"Der Preis stieg auf das Vierfache.; 4; EXACT; Vierfache",
			"Sie ist die dreifache Weltmeisterin im Slalom.; 3; EXACT; dreifache",
			"Das Netz ist 5-fach so schnell.; 5; EXACT; 5-fach",
			"Im Süden regnete es doppelt so oft.; 2; EXACT; doppelt",
			"Der Turm ist dreimal so hoch wie die Kirche.; 3; EXACT; dreimal",
			"Die Zahl hat sich mehr als verdoppelt.; 2; MORE_THAN; verdoppelt" })
	void aWordOfMultiplyingIsAFactor(String text, double value, Qualifier qualifier, String written) {
		List<Quantity> found = read(text).stream().filter(q -> Factors.UNIT.equals(q.unit())).toList();
		assertEquals(1, found.size(), found::toString);
		Quantity q = found.get(0);
		assertEquals(value, q.value());
		assertEquals(qualifier, q.qualifier());
		assertEquals(written, text.substring(q.start(), q.end()));
	}

	@Test
	void simpleManifoldAndDoublesAreNoFactors() {
		for (String text : List.of("Das ist ganz einfach.", "Er wurde mehrfach verurteilt.", "Das kommt vielfach vor.",
				"Sie gewann im Doppel.", "Er besitzt die doppelte Staatsbürgerschaft.", "Ein Doppelpass führte zum Tor.")) {
			assertTrue(read(text).stream().noneMatch(q -> Factors.UNIT.equals(q.unit())), () -> text + ": " + read(text));
		}
	}
}
