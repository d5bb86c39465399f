package org.factcheck.checkers.dates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.dates.DateChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that names a person by the surname alone (Jesenská), in a document that names her in
 * full (Milena Jesenská), makes the claim's statement about her: another year there conflicts.
 */
class SurnameAloneTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"prag", "Die Reporterin\n\nMilena Jesenská lebte in Wien und arbeitete als Übersetzerin.\n\n"
					+ "Nach dem Münchner Abkommen tat sich Jesenská als Fluchthelferin hervor und schrieb bis zu ihrer Verhaftung am 12. November 1939 für die illegale Presse.\n"));

	@Test
	void theSurnameAloneMakesTheSameStatement() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Milena Jesenská wurde am 12. November 1938 verhaftet.", "prag");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
