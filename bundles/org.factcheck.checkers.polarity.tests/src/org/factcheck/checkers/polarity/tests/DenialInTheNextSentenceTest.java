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
 * A sentence naming what the claim denies (manche mit kühnen Entwürfen) states nothing against it
 * where the next sentence denies it as the claim does (Kein einziger wurde umgesetzt): the two state the
 * claim. Without such a sentence, the named thing still conflicts with the claim's denial.
 */
class DenialInTheNextSentenceTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"bahnhof", "Der neue Bahnhof\n\nAn der Ausschreibung für den neuen Bahnhof beteiligten sich 20 Büros, manche mit kühnen Entwürfen. "
					+ "Kein einziger wurde umgesetzt. Das war 1978.\n",
			"brücke", "Die neue Brücke\n\nBei der Ausschreibung für die neue Brücke im Jahr 1985 wurde der Entwurf eines Grazer Büros umgesetzt.\n"));

	@Test
	void theNamedThingDeniedInTheNextSentenceIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei der Ausschreibung für den neuen Bahnhof wurde kein einziger Entwurf umgesetzt.",
				"bahnhof");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theNamedThingStatedAloneConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei der Ausschreibung für die neue Brücke im Jahr 1985 wurde kein Entwurf umgesetzt.",
				"brücke");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
