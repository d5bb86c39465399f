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

/**
 * An earlier sentence that names the claim's act only as a noun (der Verteidiger) does not give
 * the act to a sentence whose subject does something else (entschuldigte sich).
 */
class ContextActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("verein",
			"Nach dem Derby\n\nDer Verteidiger von Rapid sprach nach dem Spiel lange mit den Reportern. "
					+ "Am Abend entschuldigte sich Trainerin Anna Berger bei den Fans für die Aussagen ihres Spielers.\n"));

	@Test
	void aNounOfTheActInTheContextDoesNotStateTheAct() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Trainerin Anna Berger verteidigte am Abend die Aussagen ihres Spielers.", "verein");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}
}
