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
 * A person replaced by one of the other sex conflicts only where the sentence tells the claim's act:
 * one that leaves the claim's verb unsaid may tell another event with another person. Other opposite
 * nouns (Heimspiel / Auswärtsspiel) still conflict beside another verb.
 */
class OtherPersonBesideAnotherActTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hund", "Im Garten\n\nDie Lehrerin fotografierte am Sonntag den Hund ihres Bruders.\n",
			"spiel", "Vor dem Spiel\n\nAm Samstag wartet auf den Grazer Verein das Auswärtsspiel in Linz.\n"));

	@Test
	void anotherActWithTheOtherPersonIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Lehrerin fütterte am Sonntag den Hund ihrer Schwester.", "hund");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void anOppositeThingBesideAnotherVerbConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Am Samstag bestreitet der Grazer Verein ein Heimspiel gegen Linz.", "spiel");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void theSameActWithTheOtherPersonConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Lehrerin fotografierte am Sonntag den Hund ihrer Schwester.", "hund");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}
}
