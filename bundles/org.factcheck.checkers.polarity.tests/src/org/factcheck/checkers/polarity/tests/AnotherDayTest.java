package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.checkers.polarity.comparison.AnotherDay;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence dated to another day than the claim's speaks of another time: its lack of the claim's
 * negation denies nothing the claim says of its own day.
 */
class AnotherDayTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"abo", "Gratis-Abo endet\n\nLange hat der Verlag ein Geheimnis daraus gemacht, wie es mit dem Gratis-Abo der Zeitung weitergehen wird, wenn die Frist mit 29. Juli verstreicht.\n\n"
					+ "Wer danach lesen will, zahlt den vollen Preis.\n"));

	@Test
	void aSentenceOfAnotherDayDeniesNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Verlag bietet das Gratis-Abo der Zeitung ab 30. Juli nicht mehr an.", "abo");
		assertTrue(CheckerHarness.findingsOf(result, PolarityChecker.ID).stream().noneMatch(f -> f.verdict() == Verdict.CONFLICTING),
				result::toString);
	}

	@Test
	void daysOfTheMonthAreCompared() {
		assertTrue(AnotherDay.given("ab 30. Juli nicht mehr", "wenn die Frist mit 29. Juli verstreicht"));
		assertFalse(AnotherDay.given("ab 30. Juli nicht mehr", "bis zum 30. Juli 2016 gilt die Frist"));
		assertFalse(AnotherDay.given("ab Juli nicht mehr", "wenn die Frist mit 29. Juli verstreicht"));
		assertFalse(AnotherDay.given("ab 30. Juli nicht mehr", "wenn die Frist im Sommer verstreicht"));
	}
}
