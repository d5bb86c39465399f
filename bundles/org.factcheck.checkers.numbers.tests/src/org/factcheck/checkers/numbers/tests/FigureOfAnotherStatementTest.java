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
 * The claim's figure in a sentence that gives it for another statement, another year than the
 * claim's: the same figure lends no support there.
 */
class FigureOfAnotherStatementTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"erloes", "Erlös\n\nIn der Stiftung liegen jene 80 Millionen Euro, die die Stadt Linz 2006 als Erlös für den Verkauf der Anteile erhielt.\n"));

	private static void assertVerdict(Verdict expected, String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFigureOfAnotherYearIsNoSupport() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Stadt Linz erhielt 2008 für den Verkauf der Anteile 80 Millionen Euro.", "erloes");
		assertVerdict(Verdict.SUPPORTED, "Die Stadt Linz erhielt 2006 für den Verkauf der Anteile 80 Millionen Euro.", "erloes");
	}
}
