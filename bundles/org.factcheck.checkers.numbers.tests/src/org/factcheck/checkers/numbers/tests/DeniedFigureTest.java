package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A figure given for those who do not do something (8 Prozent bestehen die Prüfung nicht) counts
 * another group than a figure of those who do (30 Prozent bestehen sie nur knapp): the two do not
 * conflict. A figure of those who do not, against another figure of those who do not, still does.
 */
class DeniedFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("lehre",
			"Lehre\n\nIm Einzelnen: 30 Prozent der Lehrlinge bestehen die Prüfung nur knapp und müssen im Herbst nachlernen. "
					+ "8 Prozent bestehen die Prüfung nicht und müssen sie wiederholen.\n"));

	private static boolean numbersConflict(ClaimResult result) {
		return result.findings().stream().anyMatch(f -> f.checkerId().equals(NumberChecker.ID) && f.verdict() == Verdict.CONFLICTING);
	}

	@Test
	void aFigureOfThoseWhoDoNotIsNoConflictWithAFigureOfThoseWhoDo() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "8 Prozent der Lehrlinge bestehen die Prüfung nicht.", "lehre");
		assertTrue(!numbersConflict(result), result.findings().toString());
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anotherFigureOfThoseWhoDoNotStillConflicts() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "12 Prozent der Lehrlinge bestehen die Prüfung nicht.", "lehre");
		assertTrue(numbersConflict(result), result.findings().toString());
		assertEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}
}
