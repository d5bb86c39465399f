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
 * Figures of the same thing in two clauses of a sentence: the figure of a clause that shares none of
 * the claim's words is not the claim's, when the other clause's figure is about the claim's thing.
 */
class ClauseFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("bestellungen",
			"Bestellungen\n\nDie Bestellungen der Möbelbauer aus dem Ausland sanken um 1,2 Prozent, die Inlandsorders um 2,6 Prozent.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "bestellungen");
	}

	@Test
	void theFigureOfTheOtherClauseIsNoSupport() throws IOException {
		ClaimResult result = result("Die Auslandsbestellungen der Möbelbauer sanken um 2,6 Prozent.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfTheClauseNamingTheClaimsThingIsCompared() throws IOException {
		ClaimResult result = result("Die Inlandsorders der Möbelbauer sanken um 2,6 Prozent.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
