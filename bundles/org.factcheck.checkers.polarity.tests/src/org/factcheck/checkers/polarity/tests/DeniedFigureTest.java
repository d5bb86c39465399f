package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A sentence without negation that gives another figure than the claim (30 Prozent bestehen die
 * Prüfung teilweise, for 8 Prozent bestehen sie nicht) speaks of another group: it does not state
 * what the claim denies.
 */
class DeniedFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("lehre",
			"Lehre\n\nIm Einzelnen: 30 Prozent der Lehrlinge bestehen die Prüfung teilweise und müssen im Herbst nachlernen. "
					+ "8 Prozent bestehen die Prüfung nicht und müssen sie wiederholen.\n"));

	@Test
	void anotherFigureWithoutNegationIsNoStatedDenial() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "8 Prozent der Lehrlinge bestehen die Prüfung nicht.", "lehre");
		assertTrue(result.findings().stream()
				.noneMatch(f -> f.checkerId().equals(PolarityChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
