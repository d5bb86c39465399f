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
 * Another date in a sentence that does not say what the claim says happened (the start of a fair
 * where the claim gives its end) is the date of another event: no conflict. The same event on
 * another date conflicts.
 */
class OtherEventTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(DateChecker.ID, DateChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"messe", "Messe\n\nDie Gartenmesse in Graz wird bis zur Eröffnung am 3. Mai 2019 neue Hallen bekommen.\n"));

	@Test
	void theDateOfAnotherEventDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Gartenmesse in Graz endet am 12. Mai 2019.");
		assertEquals(Verdict.UNSOURCED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSameEventOnAnotherDateConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Gartenmesse in Graz wird bis zur Eröffnung am 5. Mai 2019 neue Hallen bekommen.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
