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

/** A claim's superlative is not stated by the positive of the same adjective, though the positive is by the superlative. */
class SuperlativeByPositiveTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"markt", "Handel\n\nAuf dem Wochenmarkt verkaufen die Bauern gute Äpfel aus der Region.\n",
			"markt2", "Handel\n\nIm Hofladen verkaufen die Gärtner die besten Birnen aus dem Tal.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void thePositiveDoesNotStateTheSuperlative() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Auf dem Wochenmarkt verkaufen die Bauern die besten Äpfel.", "markt");
	}

	@Test
	void theSuperlativeStatesThePositive() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Im Hofladen verkaufen die Gärtner gute Birnen.", "markt2");
	}
}
