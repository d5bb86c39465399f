package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A win over an opponent said either way (A gewann gegen B / A besiegte B, A schlug B): the
 * evidence library lets one wording state the other, and the result's sides still decide who won,
 * so the other winner conflicts (see the names checker's WinOverOpponentTest for the sides of a
 * sentence with besiegen, which its role reversal compares).
 */
class WinOverOpponentTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("pokal",
			"Pokal\n\nDer FC Nordhafen besiegte am Mittwoch in Lindau den SV Talbach mit 3:1.\n\n"
					+ "Im Halbfinale gewann Eintracht Wendorf gegen den TSV Kranich mit 2:0.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "pokal");
	}

	@Test
	void aWinAgainstTheDefeatedSideIsStated() throws IOException {
		ClaimResult result = result("Der FC Nordhafen gewann gegen den SV Talbach mit 3:1.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aDefeatOfTheSideWonAgainstIsStated() throws IOException {
		ClaimResult result = result("Eintracht Wendorf besiegte den TSV Kranich mit 2:0.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theOtherWinnerConflicts() throws IOException {
		ClaimResult beat = result("Der TSV Kranich schlug Eintracht Wendorf mit 2:0.");
		assertEquals(Verdict.CONFLICTING, beat.verdictValue(), beat.verdict().reason());
		ClaimResult defeated = result("Der TSV Kranich besiegte Eintracht Wendorf mit 2:0.");
		assertEquals(Verdict.CONFLICTING, defeated.verdictValue(), defeated.verdict().reason());
	}
}
