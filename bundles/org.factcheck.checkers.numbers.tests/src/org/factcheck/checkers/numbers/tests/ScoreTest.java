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
 * Results of games (3:1) compared as ordered values: another result conflicts, and so does the same
 * result with the other winner; a running score (zum 2:1) or a clock time is no result.
 */
class ScoreTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("spieltag",
			"Spieltag\n\nDer FC Altdorf besiegte am Samstag den SV Neustadt mit 3:1.\n\n"
					+ "Kurz vor der Pause traf Huber zum 2:1 für die Gastgeber.\n\n"
					+ "Die Handballer aus Bergheim feierten einen 27:25-Erfolg über Lindau.\n"));

	private static Verdict verdict(String claim) throws IOException {
		return result(claim).verdictValue();
	}

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "spieltag");
	}

	@Test
	void anotherResultConflicts() throws IOException {
		assertEquals(Verdict.CONFLICTING, verdict("Der FC Altdorf besiegte den SV Neustadt mit 4:1."));
	}

	@Test
	void theSameResultWithTheOtherWinnerConflicts() throws IOException {
		assertEquals(Verdict.CONFLICTING, verdict("Der FC Altdorf unterlag dem SV Neustadt mit 1:3."));
	}

	@Test
	void theSameResultSeenFromTheLoserDoesNotConflict() throws IOException {
		ClaimResult loser = result("Der SV Neustadt unterlag dem FC Altdorf mit 1:3.");
		assertNotEquals(Verdict.CONFLICTING, loser.verdictValue(), loser.verdict().reason());
		assertNotEquals(Verdict.CONFLICTING, verdict("Der FC Altdorf besiegte den SV Neustadt mit 3:1."));
	}

	@Test
	void aRunningScoreIsNoResult() throws IOException {
		assertNotEquals(Verdict.CONFLICTING, verdict("Kurz vor der Pause traf Huber zum 3:1 für die Gastgeber."));
	}

	@Test
	void aResultThatCannotBeAClockTimeIsAResult() throws IOException {
		assertEquals(Verdict.CONFLICTING, verdict("Die Handballer aus Bergheim feierten einen 27:24-Erfolg über Lindau."));
	}
}
