package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

/** A high speed named by a noun phrase (mit hoher Geschwindigkeit) is the opposite of langsam. */
class SpeedPhraseTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"zug", "Verkehr\n\nDer neue Zug fährt mit einer hohen Geschwindigkeit durch das Tal.\n"));

	@Test
	void slowConflictsWithAHighSpeed() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der neue Zug fährt langsam durch das Tal.", "zug");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void fastDoesNotConflictWithAHighSpeed() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der neue Zug fährt schnell durch das Tal.", "zug");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
