package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A figure the sentence binds to another time than the claim's (im Mai, Vorjahr: …) or gives as a
 * point of comparison (mehr als im ersten Quartal) is not the claim's figure: no support and no
 * conflict from it.
 */
class FigureTimeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"auftraege", "Aufträge\n\nNachdem die Aufträge der Möbelbauer im Mai um 3 Prozent gestiegen waren, sanken sie im Juni um 1,5 Prozent.\n",
			"umsatz", "Umsatz\n\nVon April bis Juni stieg der Umsatz des Möbelbauers auf 300 Millionen Euro, 20 Prozent mehr als im ersten Quartal.\n",
			"plan", "Plan\n\nDer Umsatz des Möbelbauers soll 2016 auf 4 Milliarden Euro steigen (Vorjahr: 3,7 Milliarden Euro).\n",
			"prognose", "Prognose\n\nDer Umsatz der Reederei soll 2019 auf rund 2 Milliarden Euro wachsen (Vorjahr: 1,83 Milliarden Euro).\n"));

	private static ClaimResult result(String claim, String document) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, document);
	}

	@Test
	void theFigureOfAnotherMonthIsNoSupport() throws IOException {
		ClaimResult result = result("Im Juni sanken die Aufträge der Möbelbauer um 3 Prozent.", "auftraege");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theQuarterOfComparisonDoesNotConflict() throws IOException {
		ClaimResult result = result("Im zweiten Quartal stieg der Umsatz des Möbelbauers auf 300 Millionen Euro.", "umsatz");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void thePreviousYearsFigureIsNoSupport() throws IOException {
		ClaimResult result = result("Der Umsatz des Möbelbauers soll 2016 auf 3,7 Milliarden Euro steigen.", "plan");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aRoundedFigureOfTheYearDoesNotSayThePreviousYearsExactOne() throws IOException {
		ClaimResult result = result("Der Umsatz der Reederei soll 2019 auf 1,83 Milliarden Euro wachsen.", "prognose");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aRoundedFigureOfTheYearStillSaysAnotherExactOne() throws IOException {
		ClaimResult result = result("Der Umsatz der Reederei soll 2019 auf 1,96 Milliarden Euro wachsen.", "prognose");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
