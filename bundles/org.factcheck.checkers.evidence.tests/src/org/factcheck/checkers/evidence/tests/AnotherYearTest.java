package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence may leave out the year of a claim (news leaves out the year it is written in), but one
 * that gives another year dates its statement otherwise: the claim's year is then no word it may
 * leave out.
 */
class AnotherYearTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"marienthal", "Marienthal\n\nDie Schwestern zogen im Oktober in das Kloster in Marienthal ein.\n",
			"heiligenkreuz", "Heiligenkreuz\n\nDie Brüder zogen im Oktober 2011 in das Kloster in Heiligenkreuz ein.\n"));

	@Test
	void aSentenceWithoutTheYearSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Schwestern zogen im Oktober 2013 in das Kloster in Marienthal ein.", "marienthal");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aSentenceWithAnotherYearDoesNotSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Brüder zogen im Oktober 2013 in das Kloster in Heiligenkreuz ein.", "heiligenkreuz");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
