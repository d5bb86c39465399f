package org.factcheck.checkers.dates.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.factcheck.checkers.dates.compare.TimeMatch;
import org.factcheck.checkers.dates.compare.TimeMatch.Outcome;
import org.factcheck.checkers.dates.stated.StatedTime;
import org.factcheck.checkers.dates.stated.StatedTimeFinder;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Comparing two stated times at the precision both state. */
class TimeMatchTest {

	private static StatedTime time(String text) {
		List<StatedTime> times = StatedTimeFinder.german().find(TextAnalyzer.german().analyze(text));
		assertEquals(1, times.size(), times.toString());
		return times.get(0);
	}

	private static Outcome compare(String claim, String sentence) {
		return compare(claim, null, sentence, null).outcome();
	}

	private static TimeMatch compare(String claim, LocalDate asOf, String sentence, LocalDate published) {
		return TimeMatch.compare(time(claim), asOf, time(sentence), published);
	}

	@Test
	void monthAndYearAreCompatibleWithADayInThem() {
		assertEquals(Outcome.SAME, compare("Im November telefonierten sie.", "Am 7. November telefonierten sie."));
		assertEquals(Outcome.SAME, compare("Das war 2024.", "Das war am 24.10.2024."));
		assertEquals(Outcome.DIFFERENT, compare("Im März 2014 gewann er.", "Im März 2015 gewann er."));
	}

	@Test
	void aClaimGivingAMonthOrDayTheSentenceDoesNotGiveIsNotConfirmed() {
		assertEquals(Outcome.UNCERTAIN, compare("Sie wurde am 1. Juli 1910 geboren.", "Sie wurde 1910 geboren."));
		assertEquals(Outcome.UNCERTAIN, compare("Er trat im März 2016 zurück.", "Er trat 2016 zurück."));
		assertEquals(Outcome.UNCERTAIN, compare("Am 7. November telefonierten sie.", "Im November telefonierten sie."));
		assertEquals(Outcome.DIFFERENT, compare("Er trat im März 2016 zurück.", "Er trat 2015 zurück."));
		assertEquals(Outcome.SAME, compare("Er trat am 1. März 2016 zurück.", "Er trat am Dienstag zurück."));
	}

	@Test
	void partsOfDayThatDoNotOverlapDiffer() {
		assertEquals(Outcome.DIFFERENT,
				compare("Am Abend des 7. November telefonierten sie.", "Am Morgen des 7. November telefonierten sie."));
		assertEquals(Outcome.SAME,
				compare("Am Abend telefonierten sie.", "In der Nacht telefonierten sie."));
	}

	@Test
	void weekdayIsReadAgainstThePublishedDate() {
		TimeMatch match = compare("Am 2. Juni wurde er getötet.", null, "Am Mittwochabend wurde er getötet.",
				LocalDate.of(2015, 6, 4));
		assertEquals(Outcome.DIFFERENT, match.outcome());
		assertTrue(match.usesReference());
		assertEquals(Outcome.INCOMPARABLE,
				compare("Am 2. Juni wurde er getötet.", null, "Am Mittwochabend wurde er getötet.", null).outcome());
	}

	@Test
	void aYearOnlyOneSideInfersIsUncertain() {
		assertEquals(Outcome.UNCERTAIN, compare("Am 7. November 2023 telefonierten sie.", null,
				"Am 7. November telefonierten sie.", LocalDate.of(2024, 11, 8)).outcome());
	}

	@Test
	void dayInsideAPeriodIsTheSameOutsideDifferent() {
		String period = "Er war zwischen Jänner 2012 und Mai 2013 Minister.";
		assertEquals(Outcome.SAME, compare("Er war im März 2013 Minister.", period));
		assertEquals(Outcome.DIFFERENT, compare("Er war im Juni 2013 Minister.", period));
	}

	@Test
	void onlyTimesInTheSameRoleAreCompared() {
		assertEquals(Outcome.INCOMPARABLE, compare("Seit 2011 ist er Chef.", "Im Jahr 2012 ist er Chef."));
		assertEquals(Outcome.DIFFERENT, compare("Seit 2011 ist er Chef.", "Seit 2012 ist er Chef."));
	}
}
