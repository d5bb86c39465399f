package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The place a claim puts its statement in (in Salzburg) is never the word a stating sentence may
 * leave out, even where its document names that place for something else: a careless writer takes
 * the article's other place.
 */
class PlaceOfStatementTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"reise", "Reise\n\nDie Ministerin eröffnete am Dienstag in Linz eine Ausstellung über die Geschichte der Eisenbahn. "
					+ "Die Schau ist bis Juni zu sehen.\n\nAm Mittwoch reiste sie nach Salzburg weiter.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, "reise");
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theArticlesOtherPlaceIsNoToleratedGap() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Die Ministerin eröffnete am Dienstag in Salzburg eine Ausstellung über die Geschichte der Eisenbahn.");
	}

	@Test
	void theSamePlaceSupports() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Die Ministerin eröffnete am Dienstag in Linz eine Ausstellung über die Geschichte der Eisenbahn.");
	}
}
