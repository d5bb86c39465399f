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
 * A sentence whose clause says the thing ends or stays away (die Funde reißen ab) does not state
 * what a claim denying the thing denies (keine Funde mehr); a sentence naming the thing without
 * such a verb still does.
 */
class CeasingVerbTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"funde", "Die Funde\n\nNördlich des Flusses reißen die Scherbenfunde der Archäologen plötzlich ab.\n",
			"gräber", "Die Gräber\n\nNördlich des Flusses machten die Archäologen zahlreiche Gräberfunde.\n"));

	@Test
	void aCeasingThingIsNoConflictWithItsDenial() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Nördlich des Flusses machten die Archäologen keine Scherbenfunde mehr.", "funde");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theThingNamedWithoutCeasingConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Nördlich des Flusses machten die Archäologen keine Gräberfunde.", "gräber");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
