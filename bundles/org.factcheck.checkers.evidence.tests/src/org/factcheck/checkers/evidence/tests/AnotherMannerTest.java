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
 * A sentence that gives the claim's verb another adverbial adjective (reagiert aggressiv for
 * reagiert gelassen, or an adjective the lexicon does not know: reagiert allergisch) says how otherwise, so it does not state the claim; one that gives the same
 * manner states it.
 */
class AnotherMannerTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hund", "Der Hund\n\nWenn man ihn beim Fressen stört, reagiert der Hund des Nachbarn aggressiv.\n",
			"katze", "Die Katze\n\nWenn man sie beim Schlafen weckt, reagiert die Katze der Nachbarin allergisch.\n",
			"kater", "Der Kater\n\nWenn man ihn beim Fressen stört, reagiert der Kater des Nachbarn gelassen.\n"));

	@Test
	void anotherMannerDoesNotStateTheClaim() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Hund des Nachbarn reagiert gelassen, wenn man ihn beim Fressen stört.", "hund");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherMannerUnknownToTheLexiconDoesNotStateTheClaim() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Katze der Nachbarin reagiert gelassen, wenn man sie beim Schlafen weckt.", "katze");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameMannerStatesTheClaim() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Kater des Nachbarn reagiert gelassen, wenn man ihn beim Fressen stört.", "kater");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
