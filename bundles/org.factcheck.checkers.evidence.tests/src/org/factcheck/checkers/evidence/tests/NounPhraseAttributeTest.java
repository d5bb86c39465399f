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
 * A phrase the claim adds after a noun (Frauen aus der Wirtschaft) says which ones it means: a
 * sentence that names only the noun (Frauen) does not state it.
 */
class NounPhraseAttributeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"ausschuss", "Ausschüsse\n\nDie Bürgermeisterin forderte, die Hälfte der Ausschüsse solle mit Frauen besetzt werden.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "ausschuss");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aPhraseAfterTheNounIsAnAddedDetail() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Bürgermeisterin verlangte, die Hälfte der Ausschüsse solle mit Frauen aus der Wirtschaft besetzt werden.");
	}

	@Test
	void theNounAloneIsStated() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Bürgermeisterin verlangte, die Hälfte der Ausschüsse solle mit Frauen besetzt werden.");
	}
}
