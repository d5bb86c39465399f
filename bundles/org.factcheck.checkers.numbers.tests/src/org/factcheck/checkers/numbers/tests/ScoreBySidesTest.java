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
 * A results sentence of the cited document that shares few of the claim's other words is compared
 * when its opponent is one of the claim's teams; the result of a game against another opponent is not.
 */
class ScoreBySidesTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("gruppe",
			"Gruppe\n\nIm letzten Gruppenspiel am Dienstag in Oberstadt behielt Altdorf gegen Neustadt mit 4:2 die Oberhand.\n\n"
					+ "Zuvor hatte Altdorf gegen Lindau 1:3 verloren.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "gruppe");
	}

	@Test
	void anotherResultAgainstTheSameOpponentConflicts() throws IOException {
		ClaimResult result = result("Die Eishockeyspieler aus Altdorf gewannen ihr Heimspiel gegen Neustadt deutlich mit 5:2.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aResultAgainstAnotherOpponentDoesNotConflict() throws IOException {
		ClaimResult result = result("Die Eishockeyspieler aus Altdorf gewannen ihr Heimspiel gegen Neustadt deutlich mit 4:2.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
