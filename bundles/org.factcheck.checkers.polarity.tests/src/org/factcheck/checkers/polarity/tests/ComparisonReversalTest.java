package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A sentence that compares the claim's two things the other way round (lieber Huber als Berger /
 * lieber Berger als Huber) conflicts; the same comparison supports, and {@code mehr als} before a
 * number compares no things.
 */
class ComparisonReversalTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("wahl",
			"Vor der Wahl\n\nIch hätte Karl Huber viel lieber im Rathaus als Anna Berger, sagte die Wirtin Eva Roth. "
					+ "Mehr als 300 Gäste kamen zur Wahlparty.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "wahl");
	}

	@Test
	void theComparisonTheOtherWayRoundConflicts() throws IOException {
		ClaimResult result = verify("Eva Roth sagte, sie hätte Anna Berger lieber im Rathaus als Karl Huber.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameComparisonSupports() throws IOException {
		ClaimResult result = verify("Eva Roth sagte, sie hätte Karl Huber lieber im Rathaus als Anna Berger.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void moreThanANumberComparesNoThings() throws IOException {
		ClaimResult result = verify("Mehr als 300 Gäste kamen zur Wahlparty.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
