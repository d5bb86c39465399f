package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.numbers.NumberChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A result in a clause that opens with a prepositional phrase (Beim Auftakt von X besiegten die
 * Dänen … die Schweden): the winner is the subject after the verb, not a name inside the phrase;
 * and a country is the same side as its inhabitants (Dänemark / die Dänen).
 */
class PrepositionalPrefieldScoreTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("turnier",
			"Turnier\n\nBeim Turnierauftakt von Trainer Jan Novak besiegten die Dänen am Sonntag in Oslo die Schweden mit 4:2.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "turnier");
	}

	@Test
	void theOtherWinnerConflicts() throws IOException {
		ClaimResult result = result("Schweden besiegte Dänemark mit 4:2.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theWinnerAfterTheVerbDoesNotConflict() throws IOException {
		ClaimResult result = result("Dänemark gewann gegen Schweden mit 4:2.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
