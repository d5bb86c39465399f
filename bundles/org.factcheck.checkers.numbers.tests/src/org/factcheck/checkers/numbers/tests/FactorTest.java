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
 * A factor in words is a figure: a claim that something doubled is not stated by a sentence that
 * says it tripled, and the factor is no tolerated gap.
 */
class FactorTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"verein", "Verein\n\nDie Zahl der Mitglieder des Ruderclubs verdreifachte sich innerhalb von zwei Jahren auf 900 Personen.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "verein");
	}

	@Test
	void anotherFactorConflicts() throws IOException {
		ClaimResult result = result("Die Zahl der Mitglieder des Ruderclubs verdoppelte sich innerhalb von zwei Jahren.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameFactorIsNoConflict() throws IOException {
		ClaimResult result = result("Die Zahl der Mitglieder des Ruderclubs hat sich innerhalb von zwei Jahren verdreifacht.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
