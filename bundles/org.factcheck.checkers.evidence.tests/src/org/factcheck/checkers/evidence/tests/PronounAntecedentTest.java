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
 * A pronoun refers to the person named last: a sentence whose doer is "sie" right after a sentence
 * about Eva Lang states what Eva Lang did, not what a person named earlier in the article did.
 */
class PronounAntecedentTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"haushalt", "Haushalt\n\nStadtrat Paul Huber eröffnete am Montag die Sitzung des Gemeinderats. "
					+ "Danach stellte Bürgermeisterin Eva Lang den Haushalt für das kommende Jahr vor. "
					+ "Sie senkte die Gebühren für die Kindergärten um zehn Prozent.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "haushalt");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aPersonNamedEarlierIsNotThePronounsReferent() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Paul Huber senkte die Gebühren für die Kindergärten um zehn Prozent.");
	}

	@Test
	void thePersonNamedLastIs() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Eva Lang senkte die Gebühren für die Kindergärten um zehn Prozent.");
	}
}
