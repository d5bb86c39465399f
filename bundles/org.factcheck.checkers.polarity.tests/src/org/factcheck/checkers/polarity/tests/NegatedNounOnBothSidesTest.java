package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * An ohne that negates the same noun on both sides (ohne Genehmigung … nicht möglich / ohne
 * Genehmigung … unmöglich) cancels out: what is left is the predicate's own polarity, and nicht
 * möglich says what unmöglich says.
 */
class NegatedNounOnBothSidesTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("bruecke",
			"Brücke\n\nDer Bürgermeister hat am Montag betont, der Umbau der Brücke sei ohne Genehmigung des Landes unmöglich.\n"));

	@Test
	void notPossibleIsImpossible() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Laut dem Bürgermeister ist der Umbau der Brücke ohne Genehmigung des Landes nicht möglich.", "bruecke");
		assertTrue(result.findings().stream()
				.noneMatch(f -> f.checkerId().equals(PolarityChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
	}

	@Test
	void possibleStillConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Laut dem Bürgermeister ist der Umbau der Brücke ohne Genehmigung des Landes möglich.", "bruecke");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
