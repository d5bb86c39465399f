package org.factcheck.checkers.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A sentence whose clause pairs with the claim's in opposite polarity but gives another figure than
 * the claim (30 Prozent bestehen die Prüfung nur knapp, for 8 Prozent bestehen sie nicht) speaks of
 * another group: it does not negate the claim. With the claim's own figure it still does.
 */
class FlippedFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(PolarityChecker.ID, PolarityChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("meister",
			"Meister\n\nIm Einzelnen: 30 Prozent der Gesellen bestehen die Meisterprüfung nur knapp und müssen im Herbst nachlernen.\n",
			"werk", "Werk\n\nIm Werk sank die Zahl der Unfälle im Winter um 12 Prozent.\n",
			"kurs", "Kurs\n\nZum Kurs meldeten sich im Frühjahr weniger als 40 Lehrlinge an.\n"));

	@Test
	void anotherFigureIsNoFlip() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "8 Prozent der Gesellen bestehen die Meisterprüfung nicht.", "meister");
		assertTrue(result.findings().stream()
				.noneMatch(f -> f.checkerId().equals(PolarityChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
	}

	@Test
	void theClaimsFigureStillFlips() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Im Werk stieg die Zahl der Unfälle im Winter um 12 Prozent.", "werk");
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
	}

	@Test
	void theClaimsValueBoundedTheOtherWayStillFlips() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Zum Kurs meldeten sich im Frühjahr mehr als 40 Lehrlinge an.", "kurs");
		assertTrue(result.findings().stream()
				.anyMatch(f -> f.checkerId().equals(PolarityChecker.ID) && f.verdict() == Verdict.CONFLICTING),
				result.findings().toString());
	}
}
