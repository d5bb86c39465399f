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
 * A passage of two sentences does not state the claim where the word of the claim's predicate
 * stands in a sentence that says it of another person (sie for der Mann); where that sentence
 * says it of the claim's subject (er), the passage still states it.
 */
class PredicateOfAnotherTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"linz", "Urteil in Linz\n\nEine Hundezüchterin ist am Mittwoch zu 24 Monaten, ihr 52-jähriger Mann ebenfalls zu 24 Monaten verurteilt worden.\n\n"
					+ "Erschwerend wertete das Gericht, dass sie einschlägig vorbestraft ist.\n",
			"wels", "Urteil in Wels\n\nEin 52-jähriger Mann ist am Mittwoch in Wels zu 24 Monaten verurteilt worden.\n\n"
					+ "Erschwerend wertete das Gericht, dass er einschlägig vorbestraft ist.\n"));

	@Test
	void aPassageSayingThePredicateOfAnotherDoesNotStateTheClaim() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Mann der Hundezüchterin war bereits vorbestraft.", "linz");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aPassageSayingThePredicateOfTheClaimsSubjectStatesIt() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der 52-jährige Mann war einschlägig vorbestraft.", "wels");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
