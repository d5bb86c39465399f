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
 * A passage that gives the claim's noun and preposition with a bare noun after them (Vorsprung auf
 * Sturm) speaks of another club than the claim's (Vorsprung auf Rapid), though it names the claim's
 * club in its other sentence.
 */
class OtherNameAfterPrepositionTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"liga", "Austria siegt\n\nDie Austria gewann bei der Admira mit 3:0. Durch den Sieg ist Rang drei mit sieben Zählern Vorsprung auf Sturm abgesichert. "
					+ "Ebenfalls sieben Punkte beträgt der Rückstand auf Rapid.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "liga");
	}

	@Test
	void anotherNounAfterThePrepositionDoesNotSupport() throws IOException {
		ClaimResult result = verify("Die Austria hat sieben Punkte Vorsprung auf Rapid.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameNounSupports() throws IOException {
		ClaimResult result = verify("Die Austria hat sieben Punkte Vorsprung auf Sturm.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
