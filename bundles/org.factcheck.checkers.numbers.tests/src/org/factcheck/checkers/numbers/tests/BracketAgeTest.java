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

/** An age in brackets after a name (Brandner (38)) compares with an age in years. */
class BracketAgeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("tor",
			"Fußball\n\nTorhüter Hans Brandner (38) beendet seine Karriere.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "tor");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameAgeSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der 38 Jahre alte Torhüter Hans Brandner beendet seine Karriere.");
	}

	@Test
	void anotherAgeConflicts() throws IOException {
		assertVerdict(Verdict.CONFLICTING, "Der 39 Jahre alte Torhüter Hans Brandner beendet seine Karriere.");
	}
}
