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
 * A sentence may leave out one noun of a claim, but one that puts another noun after the same
 * preposition (per Brief for per Telefon) says otherwise: the claim's noun is then no word it may
 * leave out.
 */
class ReplacedObjectTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"brief", "Anfrage\n\nDie Sängerin fragte den Produzenten per Brief, ob er mit ihr ein Album aufnehmen wolle.\n"));

	@Test
	void anotherNounAfterTheSamePrepositionDoesNotSupport() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Sängerin fragte den Produzenten per Telefon, ob er mit ihr ein Album aufnehmen wolle.", "brief");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameNounAfterThePrepositionSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Die Sängerin fragte den Produzenten per Brief, ob er mit ihr ein Album aufnehmen wolle.", "brief");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
