package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim that cites a report and names nothing (Laut Polizei war kein Alkohol im Spiel) is about
 * the cited report: another report that says the opposite of something else does not contradict it.
 */
class AnotherReportTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"lagerhalle", "Brand in Lagerhalle\n\nIn einer Lagerhalle am Stadtrand brach in der Nacht ein Feuer aus. Verletzt wurde niemand.\n",
			"stadtfest", "Stadtfest\n\nBeim Stadtfest kam es am Abend zu Raufereien, bei denen laut Polizei Alkohol im Spiel war.\n"));

	@Test
	void anotherReportDoesNotContradictAClaimThatNamesNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Laut Polizei war kein Alkohol im Spiel.", "lagerhalle");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theCitedReportStillDecides() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Laut Polizei war kein Alkohol im Spiel.", "stadtfest");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
