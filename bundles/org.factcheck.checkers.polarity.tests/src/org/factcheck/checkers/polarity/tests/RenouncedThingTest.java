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
 * A claim that renounces a thing (verzichtete auf einen eigenen Kandidaten) says there was none, as
 * a sentence denying the thing with kein does (stellte keinen eigenen Kandidaten auf): no
 * conflict. A claim that names the thing without renouncing it still conflicts with that sentence.
 */
class RenouncedThingTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"wahl", "Die Wahl\n\nSo kam es, dass die Bauernpartei bei der Wahl im Jahr 1972 keinen eigenen Kandidaten aufstellte.\n"));

	@Test
	void aRenouncedThingDeniedByKeinIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei der Wahl 1972 verzichtete die Bauernpartei auf einen eigenen Kandidaten.", "wahl");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theThingNamedWithoutRenouncingConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei der Wahl 1972 stellte die Bauernpartei einen eigenen Kandidaten auf.", "wahl");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
