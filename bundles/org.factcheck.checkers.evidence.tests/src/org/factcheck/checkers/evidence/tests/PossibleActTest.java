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

/** A sentence that states an act states that it was possible (die Fähigkeit, … zu arbeiten). */
class PossibleActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"maler", "Maler\n\nFranz Berger ist einer der wenigen Maler, die im Freien bei Nacht arbeiten.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theActStatesItsPossibility() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Franz Berger ist ein Maler mit der Fähigkeit, im Freien bei Nacht zu arbeiten.", "maler");
	}

	@Test
	void anotherActDoesNot() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Franz Berger ist ein Maler mit der Fähigkeit, im Freien bei Nacht zu schlafen.", "maler");
	}
}
