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

/**
 * A negation that {@code sondern} corrects (verlangt nicht mehr 20 Euro, sondern 35 Euro) denies
 * only the phrase before the correction: the corrected figure is not denied, the denied one conflicts.
 */
class CorrectedPhraseTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("verein",
			"Eintritt\n\nDer Verein verlangt heuer nicht mehr 20 Euro, sondern 35 Euro Eintritt.\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "verein");
	}

	@Test
	void theCorrectedPhraseIsNotDenied() throws IOException {
		ClaimResult result = verify("Der Verein verlangt heuer 35 Euro Eintritt.");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theDeniedPhraseConflicts() throws IOException {
		ClaimResult result = verify("Der Verein verlangt heuer 20 Euro Eintritt.");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
