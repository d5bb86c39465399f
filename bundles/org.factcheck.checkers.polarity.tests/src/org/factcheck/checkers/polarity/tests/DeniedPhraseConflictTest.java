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

/**
 * A cited sentence that denies the claim's prepositional phrase right before its preposition
 * (vorbestraft, allerdings niemals wegen Verbindungen zu Netzwerken) conflicts with the claim
 * (wegen Verbindungen zu Netzwerken vorbestraft).
 */
class DeniedPhraseConflictTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"paris", "Attentäter identifiziert\n\nDer Attentäter Omar M. sei mehrfach vorbestraft, allerdings niemals wegen Verbindungen zu jihadistischen Netzwerken, sagte der Staatsanwalt.\n"));

	@Test
	void aDeniedPhraseConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Der Attentäter Omar M. war wegen Verbindungen zu jihadistischen Netzwerken vorbestraft.", "paris");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void thePhraseLeftOutDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Attentäter Omar M. war mehrfach vorbestraft.", "paris");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
