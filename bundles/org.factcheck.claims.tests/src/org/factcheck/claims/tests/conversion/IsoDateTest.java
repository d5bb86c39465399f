package org.factcheck.claims.tests.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.factcheck.claims.conversion.IsoDate;
import org.junit.jupiter.api.Test;

class IsoDateTest {

	@Test
	void realDates() {
		assertEquals(Optional.of(LocalDate.of(2024, 6, 21)), IsoDate.parse("2024-06-21"));
		assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), IsoDate.parse("2024-02-29"));
		assertEquals(Optional.empty(), IsoDate.problem("2024-12-31"));
	}

	@Test
	void dayAfterTheEndOfTheMonth() {
		assertEquals(Optional.of("There is no day 30 in 2024-02-30: February 2024 has 29 days"),
				IsoDate.problem("2024-02-30"));
		assertEquals(Optional.of("There is no day 29 in 2023-02-29: February 2023 has 28 days"),
				IsoDate.problem("2023-02-29"));
		assertEquals(Optional.empty(), IsoDate.parse("2024-04-31"));
	}

	@Test
	void monthOutOfRange() {
		assertEquals(Optional.of("There is no month 13 in 2024-13-01: months run from 01 to 12"),
				IsoDate.problem("2024-13-01"));
		assertTrue(IsoDate.problem("2024-00-10").orElseThrow().contains("no month 0"));
	}

	@Test
	void dayZero() {
		assertTrue(IsoDate.problem("2024-06-00").orElseThrow().contains("no day 0"));
	}

	@Test
	void shortFieldsGetTheCorrectSpelling() {
		assertEquals(Optional.of("Write the date as YYYY-MM-DD with a four-digit year and two-digit month and day"
				+ " (2024-06-01)"), IsoDate.problem("2024-6-1"));
		assertTrue(IsoDate.problem("24-06-01").orElseThrow().startsWith("Write the date as YYYY-MM-DD"));
	}

	@Test
	void textThatIsNoDate() {
		assertTrue(IsoDate.problem("21.06.2024").orElseThrow().contains("write YYYY-MM-DD"));
	}
}
