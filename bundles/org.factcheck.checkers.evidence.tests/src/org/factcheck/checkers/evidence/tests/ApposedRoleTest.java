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
 * A role given in an apposition holds when the report is written; a year elsewhere in the sentence
 * dates another statement and does not say since when the person holds the role.
 */
class ApposedRoleTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"archiv", "Archiv\n\nNach Angaben von Eva Muster, Leiterin des Stadtarchivs Weiz, begann der Umbau des Gebäudes "
					+ "im Jahr 2019.\n",
			"chor", "Chor\n\nSeit 2017 ist Paul Beispiel Leiter des Kirchenchors von Gleisdorf.\n"));

	private static void assertVerdict(Verdict expected, String claim) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim);
		assertEquals(expected, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aYearOfAnotherStatementDoesNotDateTheApposedRole() throws IOException {
		assertVerdict(Verdict.UNSOURCED, "Eva Muster ist seit 2019 Leiterin des Stadtarchivs Weiz.");
		assertVerdict(Verdict.SUPPORTED, "Eva Muster ist Leiterin des Stadtarchivs Weiz.");
	}

	@Test
	void aYearInTheClauseOfTheRoleDatesIt() throws IOException {
		assertVerdict(Verdict.SUPPORTED, "Paul Beispiel ist seit 2017 Leiter des Kirchenchors von Gleisdorf.");
	}
}
