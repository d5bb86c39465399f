package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The claim's year in a sentence that gives the claim's figure only for the year before
 * (Vorjahr: …) supports nothing: the sentence does not say the figure is that year's. The same
 * year and figure together still support.
 */
class FigureOfAnotherYearTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"werft", "Werft\n\nDer Umsatz der Kieler Werft soll 2021 auf 812 Millionen Euro steigen (Vorjahr: 655 Millionen Euro).\n"));

	@Test
	void thePreviousYearsFigureGivesTheYearNoSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Umsatz der Kieler Werft soll 2021 auf 655 Millionen Euro steigen.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theYearsOwnFigureStillSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Umsatz der Kieler Werft soll 2021 auf 812 Millionen Euro steigen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
