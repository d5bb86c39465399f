package org.factcheck.text.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.junit.jupiter.api.Test;

/** A four-digit number before a participle dating an event (1899 geboren) is a year, also before 1900. */
class DatingParticipleTest {

	private final DateFinder finder = DateFinder.german();

	@Test
	void aNumberBeforeADatingParticipleIsItsYear() {
		List<DateExpression> born = finder.find("Der Maler wurde 1867 geboren und starb in Paris.");
		assertEquals(1, born.size(), born::toString);
		assertEquals(1867, born.get(0).year());
		List<DateExpression> founded = finder.find("Der Verein ist 1848 gegründet worden.");
		assertEquals(1, founded.size(), founded::toString);
		assertEquals(1848, founded.get(0).year());
	}

	@Test
	void withoutItAnEarlierNumberIsNoYear() {
		assertTrue(finder.find("Der Maler hat 1867 verkauft.").isEmpty());
		assertTrue(finder.find("Im Saal saßen 1848 Zuhörer.").isEmpty());
	}
}
