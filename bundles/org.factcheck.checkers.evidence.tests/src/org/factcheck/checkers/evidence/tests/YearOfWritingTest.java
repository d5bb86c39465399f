package org.factcheck.checkers.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A report leaves out the year it is written in, so a claim's year may be the one word a stating
 * sentence leaves out; but not a year the report never gives where it gives a later one: it was not
 * written then.
 */
class YearOfWritingTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"urteil", "Gebrauchte Lizenzen\n\nGemäß einer Entscheidung des Gerichtshofs in einer Auseinandersetzung zwischen dem Händler Softbörse und Lizenzhaus ist der Weiterverkauf gebrauchter Lizenzen rechtens.\n\n"
					+ "Seit dem März 2019 bieten viele Händler gebrauchte Lizenzen an.\n",
			"undatiert", "Gebrauchte Lizenzen\n\nGemäß einer Entscheidung des Gerichtshofs in einer Auseinandersetzung zwischen dem Händler Softbörse und Lizenzhaus ist der Weiterverkauf gebrauchter Lizenzen rechtens.\n\n"
					+ "Viele Händler bieten gebrauchte Lizenzen an.\n"));

	private static Verdict verdict(String claim, String document) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, document).verdictValue();
	}

	@Test
	void aYearBeforeTheReportsLatestIsNotLeftOut() throws IOException {
		assertEquals(Verdict.UNSOURCED, verdict("Der Gerichtshof entschied den Streit zwischen Softbörse und Lizenzhaus im Jahr 2012.", "urteil"));
	}

	@Test
	void aYearOfAnUndatedReportMayBeTheYearItIsWrittenIn() throws IOException {
		assertEquals(Verdict.SUPPORTED, verdict("Der Gerichtshof entschied den Streit zwischen Softbörse und Lizenzhaus im Jahr 2012.", "undatiert"));
	}
}
