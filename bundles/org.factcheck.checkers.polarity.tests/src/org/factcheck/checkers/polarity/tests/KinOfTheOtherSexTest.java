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

/** Kin of the other sex in the same place of a family (Vater / Mutter, Sohn / Tochter) are different persons. */
class KinOfTheOtherSexTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of(
			"flut", "Nach der Flut\n\nDer Fischer Tom Baker wohnt wieder am Deich. Baker verlor bei der Flut seine Mutter und seinen Hund.\n"));

	@Test
	void theFatherInPlaceOfTheMotherConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Tom Baker verlor bei der Flut seinen Vater und seinen Hund.", "flut");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theMotherDoesNotConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Tom Baker verlor bei der Flut seine Mutter und seinen Hund.", "flut");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
