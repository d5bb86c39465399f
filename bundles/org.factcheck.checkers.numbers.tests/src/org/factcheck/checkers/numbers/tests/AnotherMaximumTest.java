package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A maximum (höchstens, maximal) names a limit: another maximum is another limit, though the lower lies within the higher. */
class AnotherMaximumTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("liga",
			"Neue Regeln\n\nAb der kommenden Saison darf jeder Verein der Liga höchstens drei Gastspieler einsetzen.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "liga");
	}

	@Test
	void aHigherMaximumConflicts() throws IOException {
		ClaimResult result = verify("Ab der kommenden Saison darf jeder Verein der Liga maximal fünf Gastspieler einsetzen.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameMaximumSupports() throws IOException {
		ClaimResult result = verify("Ab der kommenden Saison darf jeder Verein der Liga maximal drei Gastspieler einsetzen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
