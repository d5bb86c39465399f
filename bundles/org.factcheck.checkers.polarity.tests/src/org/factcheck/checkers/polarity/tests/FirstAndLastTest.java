package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.evidence.EvidenceChecker;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first and the last of a series are opposites: a claim saying one where the sentence says the other conflicts. */
class FirstAndLastTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"schritt", "Verfahren\n\nDie Studie ist der erste Schritt, danach folgt die Umsetzung in den Kliniken.\n"));

	@Test
	void theLastConflictsWithTheFirst() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Studie ist der letzte Schritt.", "schritt");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theFirstDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Studie ist der erste Schritt.", "schritt");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
