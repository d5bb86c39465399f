package org.factcheck.checkers.numbers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * A question that only asks whether gives no figure, nor a question that leaves the claim's act
 * unsaid; the answer to it does.
 */
class QuestionFigureTest {

	private static final CheckerHarness CHECKERS = CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
			.and(NumberChecker.ID, NumberChecker::new);

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("interview",
			"Interview mit dem Chef\n\nFrage: Könnte es künftig neben den drei Sparten Papier, Karton und Folie eine vierte geben?\n\n"
					+ "Antwort: Wir haben heuer drei neue Werke in Polen eröffnet.\n\n"
					+ "Frage: Was bedeutet das alles im Fall der vier entlassenen Manager aus Linz?\n"));

	private static ClaimResult verify(String claim) throws IOException {
		return CHECKERS.verify(CORPUS.store(), claim, "interview");
	}

	@Test
	void aQuestionsFiguresSupportNothing() throws IOException {
		ClaimResult result = verify("Neben den drei Sparten Papier, Karton und Folie ist künftig eine vierte geplant.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void aQuestionWithoutTheClaimsActSupportsNoFigure() throws IOException {
		ClaimResult result = verify("Im Fall der vier entlassenen Manager aus Linz wurde bereits ein Berufungsverfahren eingeleitet.");
		assertNotEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void anAnswersFiguresDo() throws IOException {
		ClaimResult result = verify("Heuer wurden drei neue Werke in Polen eröffnet.");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}
}
