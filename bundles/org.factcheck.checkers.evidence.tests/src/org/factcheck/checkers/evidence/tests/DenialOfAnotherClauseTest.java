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
 * A claim that denies something, against a sentence that denies nothing: the sentence may word the
 * denied verb otherwise, but not leave out a verb of another clause while it gives the denied
 * clause's verb without the denial.
 */
class DenialOfAnotherClauseTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"zeugnis", "Schule\n\nDie Schüler erhalten das Zeugnis, wenn sie die Prüfung bestehen.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDeniedClauseSaidWithoutDenial() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Wenn die Schüler die Prüfung nicht bestehen, verlieren sie das Zeugnis.", "zeugnis");
	}
}
