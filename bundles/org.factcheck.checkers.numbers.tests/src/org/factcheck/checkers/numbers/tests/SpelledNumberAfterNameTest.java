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

/**
 * A spelled number right after a proper name (will Salzburg vier der Ladestationen) counts: it is
 * compared as the claim's figure, not dropped as part of a name like the digits of Windows 10.
 */
class SpelledNumberAfterNameTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("strom",
			"Strom für Autos\n\nDie Stadtwerke bauen neue Ladestationen. Noch vor dem Sommer will Salzburg vier der geplanten sechs Ladestationen in Betrieb nehmen.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "strom");
	}

	@Test
	void theSameCountAfterANameIsNoOtherFigure() throws IOException {
		ClaimResult result = verify("Noch vor dem Sommer will Salzburg vier der sechs geplanten Ladestationen in Betrieb nehmen.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherCountAfterANameConflicts() throws IOException {
		ClaimResult result = verify("Noch vor dem Sommer will Salzburg drei der sechs geplanten Ladestationen in Betrieb nehmen.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
