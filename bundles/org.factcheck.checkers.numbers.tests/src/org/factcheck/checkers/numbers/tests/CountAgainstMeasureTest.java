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
 * A count of a noun (vier Enkelkinder) is not stated by the same value of a measure (vier Jahre):
 * the two speak of different things.
 */
class CountAgainstMeasureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("rueckkehr",
			"Rückkehr nach Dresden\n\nDie Behörden hatten sich gegen den Tischler Karl Brenner verschworen. "
					+ "Vier Jahre nach dem Brand durfte Karl Brenner sein Haus wieder aufbauen.\n"));

	@Test
	void theSameValueOfAMeasureDoesNotStateACount() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Tischler Karl Brenner hat vier Enkelkinder.", "rueckkehr");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameMeasureStillSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Vier Jahre nach dem Brand durfte Karl Brenner sein Haus wieder aufbauen.",
				"rueckkehr");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
