package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim that cites a report and names nothing (Der Unfall geschah gegen 19 Uhr) is about the
 * cited report: another report's time of another accident does not contradict it. One that names
 * a place the cited report never mentions is decided by the report that does.
 */
class AnotherReportTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"hartberg", "Unfall bei Hartberg\n\nBei Hartberg stießen ein Lastwagen und ein Traktor zusammen. "
					+ "Der Traktorfahrer wurde leicht verletzt.\n",
			"gleisdorf", "Unfall bei Gleisdorf\n\nAm Dienstag gegen 15 Uhr passierte der Unfall auf der Bundesstraße bei Gleisdorf.\n"));

	@Test
	void anotherReportDoesNotContradictAClaimThatNamesNothing() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Unfall passierte gegen 19 Uhr.", "hartberg");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theCitedReportStillDecides() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Unfall passierte gegen 19 Uhr.", "gleisdorf");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aNameOnlyAnotherReportGivesLetsItDecide() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Der Unfall bei Gleisdorf passierte gegen 19 Uhr.", "hartberg");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
