package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where nothing states the claim, the closest sentence is shown with what it does not say. */
class ClosestSentenceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"kader", "Kader\n\nDer Stürmer Paul Berger fehlt wegen einer schweren Verletzung im Wirbelbereich weiterhin.\n"));

	@Test
	void aCompoundNamedByItsHeadAloneIsShownAsSuch() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Stürmer Paul Berger fehlt wegen einer Knieverletzung weiterhin.", "kader");
		String reason = result.verdict().reason();
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), reason);
		assertTrue(reason.contains("Knieverletzung only as „Verletzung“"), reason);
	}
}
