package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A list of guests, each name with its role and party in brackets, states a role or party of the
 * name whose brackets hold it, not of another guest.
 */
class BracketOfAnotherTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus GUESTS = HandWrittenCorpus.of(Map.of("runde", "Pflege im Studio\n\n"
			+ "Gäste bei Lisa Moser: Anna Berger (Bürgermeisterin, SPD), Karl Huber (Landesrat, CDU) und Eva Roth (Pflegerin).\n"));

	private static Verdict verdict(String claim) throws IOException {
		return CHECKERS.verify(GUESTS.store(), claim, "runde").verdictValue();
	}

	@Test
	void aPartyInTheBracketsOfAnotherGuestIsNotStated() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Karl Huber ist Landesrat der SPD."));
	}

	@Test
	void aPartyInTheGuestsOwnBracketsIsStated() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Karl Huber ist Landesrat der CDU."));
	}
}
