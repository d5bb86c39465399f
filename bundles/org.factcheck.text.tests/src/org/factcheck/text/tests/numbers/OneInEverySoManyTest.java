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

/** jeder vierte (jede dritte, jeden zweiten) is a share, one in that many: the same as ein Viertel. */
class OneInEverySoManyTest {

	private static List<Quantity> read(String text) {
		return Shares.read(text, QuantityFinder.german().find(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Fast jeder vierte Einwohner hat Migrationshintergrund.; 25; APPROXIMATELY; jeder vierte",
			"Jede dritte Firma investiert.; 33.3; APPROXIMATELY; Jede dritte",
			"Mehr als jeder Zweite stimmte dafür.; 50; MORE_THAN; jeder Zweite",
			"Das betrifft jeden zehnten Haushalt.; 10; APPROXIMATELY; jeden zehnten" })
	void oneInEverySoManyIsAShare(String text, double value, Qualifier qualifier, String written) {
		List<Quantity> found = read(text);
		assertEquals(1, found.size(), found::toString);
		Quantity q = found.get(0);
		assertEquals(value, q.value());
		assertEquals(Shares.UNIT, q.unit());
		assertEquals(qualifier, q.qualifier());
		assertEquals(written, text.substring(q.start(), q.end()));
	}

	@Test
	void anOrdinalWithoutJederIsNoShare() {
		String text = "Der vierte Einwohner kam zu spät.";
		assertTrue(read(text).stream().noneMatch(q -> Shares.UNIT.equals(q.unit())), () -> read(text).toString());
	}
}
