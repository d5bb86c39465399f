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

/** Opposite directions of the compass (östlich / westlich, nördlich / südlich) place the same thing in opposite parts. */
class CompassDirectionsTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"tirol", "Razzien in Tirol\n\nDie Gemeinde Wörgl liegt im östlichen Teil Tirols an der Grenze zu Salzburg.\n"));

	@Test
	void theOppositeDirectionConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Gemeinde Wörgl liegt im westlichen Teil Tirols.", "tirol");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameDirectionDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Gemeinde Wörgl liegt im östlichen Teil Tirols.", "tirol");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
