package org.factcheck.checkers.dates.tests.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.checkers.dates.scope.AsOfScope;
import org.factcheck.checkers.dates.scope.StatementPeriod;
import org.factcheck.checkers.dates.scope.StatementPeriod.Position;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The periods sentences give for a state, and which statements apply at an asof date. */
class StatementPeriodTest {

	private static StatedTime time(String text) {
		List<StatedTime> times = StatedTimeFinder.german().find(TextAnalyzer.german().analyze(text));
		assertEquals(1, times.size(), times.toString());
		return times.get(0);
	}

	private static Position position(String text, LocalDate published, LocalDate day) {
		return StatementPeriod.of(time(text), published).orElseThrow().position(day);
	}

	@Test
	void closedPeriodBoundsTheState() {
		String text = "Jeremic war zwischen 2007 und Mitte 2012 Außenminister Serbiens.";
		assertEquals(Position.INSIDE, position(text, null, LocalDate.of(2010, 5, 1)));
		assertEquals(Position.AFTER, position(text, null, LocalDate.of(2014, 5, 1)));
		assertEquals(Position.BEFORE, position(text, null, LocalDate.of(2006, 5, 1)));
	}

	@Test
	void sinceIsOpenAtTheEnd() {
		String text = "Seit 2009 ist er ein Permanent Fellow am Wiener Institut.";
		assertEquals(Position.INSIDE, position(text, null, LocalDate.of(2020, 1, 1)));
		assertEquals(Position.BEFORE, position(text, null, LocalDate.of(2008, 6, 1)));
	}

	@Test
	void pointInTimeSaysNothingOutsideIt() {
		String text = "Im Jahr 2010 war er Außenminister.";
		assertEquals(Position.INSIDE, position(text, null, LocalDate.of(2010, 3, 1)));
		assertEquals(Position.UNKNOWN, position(text, null, LocalDate.of(2014, 3, 1)));
	}

	@Test
	void monthWithoutYearNeedsThePublishedDate() {
		String text = "Seit Mai ist er Direktor des Kunsthauses.";
		assertTrue(StatementPeriod.of(time(text), null).isEmpty());
		assertEquals(Position.BEFORE, position(text, LocalDate.of(2015, 9, 1), LocalDate.of(2015, 4, 1)));
	}

	@Test
	void statementDatedAfterTheAsOfDateDoesNotApply() {
		LocalDate asOf = LocalDate.of(2015, 1, 1);
		assertFalse(AsOfScope.applies(time("Seit 2016 ist er Chef der Bahn."), null, asOf));
		assertTrue(AsOfScope.applies(time("Seit 2011 ist er Chef der Bahn."), null, asOf));
		assertTrue(AsOfScope.applies(time("Am Mittwoch trat er zurück."), null, asOf));
		assertFalse(AsOfScope.applies(time("Am Mittwoch trat er zurück."), LocalDate.of(2015, 3, 6), asOf));
	}
}
