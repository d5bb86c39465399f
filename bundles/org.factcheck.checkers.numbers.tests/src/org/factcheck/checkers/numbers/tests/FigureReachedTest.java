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
 * A claim that something reaches a value (auf 30 Prozent) is not stated by a sentence that gives
 * that value as the start of the change (von 30 Prozent … auf 40 Prozent): the value reached is the
 * one to compare, also where the claim names no time.
 */
class FigureReachedTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"kredite", "Kredite\n\nDie Aufsicht erwartet, dass der Anteil der faulen Kredite der Sparkasse von 30 Prozent im März auf 40 Prozent steigen wird.\n"));

	private static ClaimResult result(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "kredite");
	}

	@Test
	void theStartOfTheChangeIsNotTheValueReached() throws IOException {
		ClaimResult result = result("Die Aufsicht erwartet, dass der Anteil der faulen Kredite der Sparkasse auf 30 Prozent steigen wird.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theValueReachedSupports() throws IOException {
		ClaimResult result = result("Die Aufsicht erwartet, dass der Anteil der faulen Kredite der Sparkasse auf 40 Prozent steigen wird.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
