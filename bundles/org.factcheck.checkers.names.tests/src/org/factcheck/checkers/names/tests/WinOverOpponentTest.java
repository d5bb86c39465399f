package org.factcheck.checkers.names.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.names.NameChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A win over an opponent said either way (A gewann gegen B / A besiegte B): the sentence states
 * the claim with the sides as the claim has them, and conflicts with them the other way round.
 */
class WinOverOpponentTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NameChecker.ID, NameChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("pokal",
			"Pokal\n\nDer FC Nordhafen besiegte am Mittwoch in Lindau den SV Talbach mit 3:1.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "pokal");
	}

	@Test
	void theWinnerAgainstTheDefeatedSideIsStated() throws IOException {
		ClaimResult result = verify("Der FC Nordhafen gewann gegen den SV Talbach mit 3:1.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDefeatedSideAsWinnerConflicts() throws IOException {
		ClaimResult result = verify("Der SV Talbach gewann gegen den FC Nordhafen mit 3:1.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
