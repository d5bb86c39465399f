package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.numbers.CompoundDurations;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundDurationsTest {

	private static List<Quantity> read(String text) {
		return CompoundDurations.read(text, QuantityFinder.german().find(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Der 38-jährige Spieler trat zurück.; 38; Jahre; 38-jährige",
			"Die 38jährige gewann das Turnier.; 38; Jahre; 38jährige",
			"Der 38-Jährige gewann das Turnier.; 38; Jahre; 38-Jährige",
			"Ein 2-jähriges Kind wurde gerettet.; 2; Jahre; 2-jähriges",
			"Ein dreijähriger Vertrag wurde unterschrieben.; 3; Jahre; dreijähriger",
			"Die 20-minütige Rede wurde unterbrochen.; 20; Minuten; 20-minütige",
			"Ein 5-tägiger Besuch beginnt am Montag.; 5; Tage; 5-tägiger",
			"Die zweiwöchige Reise endet heute.; 2; Wochen; zweiwöchige",
			"Ein einjähriges Programm startet.; 1; Jahre; einjähriges",
			"Er erhielt einen Zweijahresvertrag.; 2; jahresvertrag; Zweijahresvertrag",
			"Die Dreimonatsfrist endet heute.; 3; monatsfrist; Dreimonatsfrist" })
	void aCompoundDurationIsTheDuration(String text, double value, String unit, String written) {
		List<Quantity> found = read(text);
		assertEquals(1, found.size(), found::toString);
		Quantity q = found.get(0);
		assertEquals(value, q.value());
		assertEquals(unit, q.unit());
		assertEquals(Qualifier.EXACT, q.qualifier());
		assertEquals(written, text.substring(q.start(), q.end()));
	}

	@Test
	void aQualifierIsKept() {
		Quantity q = read("Nach der rund 20-minütigen Rede gab es Applaus.").get(0);
		assertEquals(Qualifier.APPROXIMATELY, q.qualifier());
		assertEquals("Minuten", q.unit());
	}

	@Test
	void adjectivesWithoutANumberAreNoQuantity() {
		assertTrue(read("Der langjährige, volljährige Spieler mit der mehrtägigen, ganztägigen und halbjährigen Pause.").isEmpty());
		assertTrue(read("Das Vorjahresniveau und die Halbjahresbilanz.").isEmpty());
	}

	@Test
	void otherQuantitiesStayInOrder() {
		List<Quantity> found = read("Der 38-jährige Spieler schoss 12 Tore in 30 Spielen.");
		assertEquals(3, found.size(), found::toString);
		assertEquals("Jahre", found.get(0).unit());
		assertEquals(12, found.get(1).value());
	}
}
