package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that dates two parallel events, one of them by the claim's date, does not contradict
 * the claim by the other date, even where the other clause shares more of the claim's words. A
 * sentence that gives only another date still does.
 */
class TwoDatedEventsTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"wahl", "Wahl\n\nDie Abstimmung wird geteilt: Am 4. März beginnt die Wahl für die westlichen 9 Bezirke; am 18. März folgen die anderen 7 Bezirke des Umlands.\n",
			"fest", "Fest\n\nAm 4. März beginnt das Stadtfest in den westlichen 9 Bezirken.\n"));

	@Test
	void theClaimsDateForTheOtherEventIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Am 18. März beginnt die Wahl in den übrigen 7 Bezirken.", "wahl");
		assertTrue(result.findings().stream()
				.noneMatch(f -> f.checkerId().equals(DateChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
	}

	@Test
	void onlyAnotherDateStillConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Am 18. März beginnt das Stadtfest in den westlichen 9 Bezirken.", "fest");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
