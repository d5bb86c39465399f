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
 * A sentence that gives the claim's noun an attribute of its own (der katholische Bischof) and has
 * the claim's attribute only as a word of another class elsewhere (Protestanten) says another thing
 * of the noun, so it does not state the claim (der protestantische Bischof); the claim's own
 * attribute states it.
 */
class AnotherAttributeTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"bischof", "Der Bischof\n\nDer katholische Bischof Huber besuchte am Montag die Stadt, deren Einwohner überwiegend Protestanten sind.\n"));

	@Test
	void theClaimsAttributeOnlyElsewhereDoesNotStateIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der protestantische Bischof Huber besuchte am Montag die Stadt.", "bischof");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theClaimsOwnAttributeStatesIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der katholische Bischof Huber besuchte am Montag die Stadt.", "bischof");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
