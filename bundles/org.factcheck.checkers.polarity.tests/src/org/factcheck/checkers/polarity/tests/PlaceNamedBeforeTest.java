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
 * A sentence that refers by dort to a place the sentence before names (Dort lebt kein einziger
 * Flüchtling) is read with that sentence: it denies what the claim says of the place.
 */
class PlaceNamedBeforeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("wahl",
			"Nach der Wahl\n\nAm stärksten dazugewonnen hat die Partei in Oberwart im Burgenland. Dort lebt kein einziger Flüchtling.\n"));

	@Test
	void theDenialOfThePlaceNamedBeforeConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In Oberwart im Burgenland leben zahlreiche Flüchtlinge.", "wahl");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameDenialIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "In Oberwart im Burgenland lebt kein einziger Flüchtling.", "wahl");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
