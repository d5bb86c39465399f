package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A cited sentence that states all a claim says but the claim's negation, and denies nothing itself,
 * conflicts with the claim, also where the claim's words spread over a main clause and its
 * dass-clause and its verb of liking is worded otherwise (mochten … nicht / geliebt). A sentence that
 * negates something itself, or a claim that negates only in a counterfactual conditional, is left
 * to the other rules.
 */
class StatedDenialTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	private static final String MESSAGE = "states, without negation, all that the claim denies";

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"wirt", "Neuer Wirt im Dorfkrug\n\nDer Bürgermeister erzählte, dass der neue Wirt von den Stammgästen geliebt wird.\n",
			"wirt2", "Neuer Wirt im Dorfkrug\n\nDer Bürgermeister erzählte nicht ohne Stolz, dass der neue Wirt von den Stammgästen geliebt wird.\n",
			"brücke", "Neue Brücke\n\nDie Stadt hat die Brücke über den Kanal im Frühjahr eröffnet.\n"));

	@Test
	void theAffirmedClaimIsSupported() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Stammgäste mochten den neuen Wirt.", "wirt");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDeniedClaimConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Stammgäste mochten den neuen Wirt nicht.", "wirt");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
		assertEquals(PolarityChecker.ID, result.verdict().deciding().orElseThrow().checkerId());
	}

	@Test
	void aSentenceWithANegationOfItsOwnIsLeftToTheOtherRules() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Stammgäste mochten den neuen Wirt nicht.", "wirt2");
		assertTrue(CheckerHarness.findingsOf(result, PolarityChecker.ID).stream().noneMatch(f -> f.message().contains(MESSAGE)),
				result::toString);
	}

	@Test
	void aCounterfactualDeniesNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Ohne die Spenden hätte die Stadt die Brücke über den Kanal nie eröffnet.", "brücke");
		assertTrue(CheckerHarness.findingsOf(result, PolarityChecker.ID).stream().noneMatch(f -> f.message().contains(MESSAGE)),
				result::toString);
	}
}
