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
 * A figure after es without a noun counts what the figure before it counts: in Dresden zählte vor
 * der Flut 210.000 Einwohner, 2012 waren es 180.000 the 180.000 are the Einwohner of 2012.
 */
class ElidedUnitTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("stadt",
			"Die Stadt nach der Flut\n\nDer Wiederaufbau dauert an. Die Stadt Grimma zählte vor der Flut 210.000 Einwohner, 2012 waren es 180.000.\n"));

	@Test
	void theFigureBeforeTheOtherTimeConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Stadt Grimma hatte im Jahr 2012 noch 210.000 Einwohner.", "stadt");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theElidedFigureOfTheClaimsTimeSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Stadt Grimma hatte im Jahr 2012 noch 180.000 Einwohner.", "stadt");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
