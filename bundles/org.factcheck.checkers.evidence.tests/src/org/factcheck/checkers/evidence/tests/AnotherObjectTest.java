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
 * A sentence whose clause of the claim's act gives another noun after the claim's preposition, the
 * claim's noun standing in another clause, does not state the claim (the act has another object).
 */
class AnotherObjectTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"kamera", "Geräte\n\nDie neue Kamera kam im Herbst auf den Markt. "
					+ "Sie hat nun einen eingebauten Blitz, auf einen Sucher hat der Hersteller verzichtet.\n",
			"besuch", "Besuch\n\nZusätzlich zu den Gesprächen mit dem Landeshauptmann führten die Gäste aus Slowenien auch "
					+ "Gespräche mit dem Bürgermeister Max Huber und Stadträtin Eva Lang.\n"));

	@Test
	void theObjectOfAnotherClauseIsNotTheObjectOfTheAct() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei der neuen Kamera hat der Hersteller auf einen eingebauten Blitz verzichtet.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
		ClaimResult stated = CHECKERS.verify(CORPUS.store(), "Bei der neuen Kamera hat der Hersteller auf einen Sucher verzichtet.");
		assertEquals(Verdict.SUPPORTED, stated.verdictValue(), stated.verdict().reason());
	}

	@Test
	void aNounCoordinatedWithTheOtherIsTheSameObject() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Gäste aus Slowenien sprachen auch mit Stadträtin Eva Lang.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
