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
 * A sentence that gives another year right after the claim's day and month (am 12. November 1939
 * for am 12. November 1938) dates the claim's statement otherwise, even where it gives the claim's
 * year for something else.
 */
class YearAfterTheDateTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"presse", "Die Reporterin\n\nDie Journalistin schrieb ab 1938 für die illegale Presse und wurde am 12. November 1939 in Prag verhaftet.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "presse");
	}

	@Test
	void anotherYearAfterTheDayDoesNotSupport() throws IOException {
		ClaimResult result = verify("Die Journalistin wurde am 12. November 1938 in Prag verhaftet.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameYearSupports() throws IOException {
		ClaimResult result = verify("Die Journalistin wurde am 12. November 1939 in Prag verhaftet.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
