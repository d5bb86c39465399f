package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.numbers.BracketAges;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.numbers.QuantityFinder;
import org.junit.jupiter.api.Test;

class BracketAgesTest {

	private static List<Quantity> read(String text) {
		return BracketAges.read(text, QuantityFinder.german().find(text));
	}

	@Test
	void aNumberInBracketsAfterANameIsAnAge() {
		String text = "Jeremic (40) war zwischen 2007 und 2012 Außenminister.";
		List<Quantity> ages = read(text).stream().filter(q -> BracketAges.isAge(q, text)).toList();
		assertEquals(1, ages.size(), () -> read(text).toString());
		assertEquals(40, ages.get(0).value());
		assertEquals("Jahre", ages.get(0).unit());
		assertEquals("(40)", text.substring(ages.get(0).start(), ages.get(0).end()));
	}

	@Test
	void partiesYearsRanksAndNumbersAfterLowerCaseWordsAreNoAges() {
		for (String text : List.of("Hans Niessl (SPÖ) widersprach.", "Die Studie (2014) zeigt es.", "Bayern (3.) verlor.",
				"Es kamen viele (120) Gäste.", "Anna (0) fehlte.")) {
			assertTrue(read(text).stream().noneMatch(q -> BracketAges.isAge(q, text)), () -> text + ": " + read(text));
		}
	}

	@Test
	void anAgeAfterOtherBracketsIsFoundAndFourDigitsAreNone() {
		String text = "Hans Niessl (SPÖ) und Anna Berger (38) widersprachen (2014).";
		List<Quantity> ages = read(text).stream().filter(q -> BracketAges.isAge(q, text)).toList();
		assertEquals(1, ages.size(), () -> read(text).toString());
		assertEquals(38, ages.get(0).value());
		String last = "Anna Berger (2014) und Hans (SPÖ";
		assertTrue(read(last).stream().noneMatch(q -> BracketAges.isAge(q, last)), () -> read(last).toString());
	}
}
