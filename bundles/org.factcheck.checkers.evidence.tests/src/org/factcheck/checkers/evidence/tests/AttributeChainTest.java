package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * An adjective the claim adds to a noun is an added detail also when further adjectives stand
 * between them (der ehemalige österreichische Minister where the source says der österreichische
 * Minister): never the word a stating sentence may leave out.
 */
class AttributeChainTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"kaserne", "Kaserne\n\nDer österreichische Verteidigungsminister Karl Berger besuchte am Freitag die Kaserne in Horn.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "kaserne");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anAdjectiveBeforeAnotherIsNoToleratedGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Der ehemalige österreichische Verteidigungsminister Karl Berger besuchte am Freitag die Kaserne in Horn.");
	}

	@Test
	void theSourcesAdjectivesSupport() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Der österreichische Verteidigungsminister Karl Berger besuchte am Freitag die Kaserne in Horn.");
	}
}
