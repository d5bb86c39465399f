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

/** A figure the sentence binds to a year (300 Millionen Euro im Jahr 2012) is the figure of that year only. */
class YearBoundFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("kosten",
			"Kosten\n\nDie Kosten der Sanierung stiegen von 300 Millionen Euro im Jahr 2012 auf 500 Millionen Euro.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "kosten");
	}

	@Test
	void theFigureOfAnotherYearIsNoSupport() throws IOException {
		ClaimResult result = result("Im Jahr 2012 betrugen die Kosten der Sanierung 500 Millionen Euro.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfTheClaimsYearDoesNotConflict() throws IOException {
		ClaimResult result = result("Im Jahr 2012 betrugen die Kosten der Sanierung 300 Millionen Euro.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aYearThatStartsASpanBindsNoFigure() throws IOException {
		ClaimResult result = result("Seit 2012 stiegen die Kosten der Sanierung auf 500 Millionen Euro.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
