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
 * The same figure in a sentence that leaves out a name its document never mentions (auf dem
 * Moser-Hügel where the report names only the Brandl-Hügel) is no support: the claim puts the
 * figure somewhere the source does not.
 */
class UnmentionedNameTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"grabung", "Grabung\n\nAuf dem Brandl-Hügel am Stadtrand begannen im Mai neue Grabungen. "
					+ "Dort haben Archäologen die Reste einer mehr als 800 Jahre alten Kapelle entdeckt.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "grabung");
	}

	@Test
	void theSameFigureSomewhereTheReportNeverNamesIsNoSupport() throws IOException {
		ClaimResult result = verify("Archäologen haben auf dem Moser-Hügel die Reste einer über 800 Jahre alten Kapelle gefunden.");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameFigureWhereTheReportPutsItSupports() throws IOException {
		ClaimResult result = verify("Archäologen haben auf dem Brandl-Hügel die Reste einer über 800 Jahre alten Kapelle gefunden.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
