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
 * A figure alone in brackets belongs to the word before the bracket: in Handwerkern (40,2 Prozent)
 * und Winzern (71,5 Prozent) the 40,2 Prozent are not the Winzer's.
 */
class BracketedFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("renten",
			"Renten im Überblick\n\nDas Gutachten der Kommission liegt vor. "
					+ "Bei Handwerkern (40,2 Prozent) und Winzern (71,5 Prozent) wird ein großer Teil der Renten durch Zuschüsse gedeckt.\n"));

	@Test
	void theFigureOfTheOtherBracketConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei den Winzern werden 40,2 Prozent der Renten durch Zuschüsse gedeckt.",
				"renten");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfItsOwnBracketSupports() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Bei den Winzern werden 71,5 Prozent der Renten durch Zuschüsse gedeckt.",
				"renten");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
