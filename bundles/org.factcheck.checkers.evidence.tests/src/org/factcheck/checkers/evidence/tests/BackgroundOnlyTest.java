package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A sentence that asserts only what the claim's adverbial clause gives as background does not state the claim's main act. */
class BackgroundOnlyTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"atelier", "Kunst\n\nDie Malerin hat in Linz an der Kunstuniversität studiert.\n",
			"laden", "Handwerk\n\nDer Bäcker band seine Schürze um und öffnete den Laden.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theBackgroundAloneDoesNotStateTheMainAct() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Malerin verließ Linz, nachdem sie dort studiert hatte.", "atelier");
	}

	@Test
	void theMainActStatedWithItsBackground() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Malerin studierte in Linz, bevor sie Lehrerin wurde.", "atelier");
	}

	@Test
	void aGapInARelativeClauseIsNoMainAct() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der Bäcker hatte eine Schürze, die er trug, bis er den Laden öffnete.", "laden");
	}
}
