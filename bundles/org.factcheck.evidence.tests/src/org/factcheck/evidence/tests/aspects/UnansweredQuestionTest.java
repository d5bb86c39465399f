package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.aspects.UnansweredQuestion;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Questions that state nothing: asking whether, and asking rhetorically; other questions take their content as given. */
class UnansweredQuestionTest {

	private static boolean asks(String claim, String sentence) {
		return UnansweredQuestion.asksWhether(TextAnalyzer.german().analyze(claim), TextAnalyzer.german().analyze(sentence));
	}

	@Test
	void askingWhetherStatesNothing() {
		assertTrue(asks("Der Bürgermeister hat einen Dienstwagen.", "Hat der Bürgermeister einen Dienstwagen?"));
	}

	@Test
	void aRhetoricalQuestionStatesNothing() {
		assertTrue(asks("Die Regel gilt nicht für das Büro.", "Warum sollte die Regel nicht für das Büro gelten?"));
		assertTrue(asks("Niemand hätte das Angebot abgelehnt.", "Wer würde so ein Angebot ablehnen?"));
	}

	@Test
	void aQuestionForTheReasonTakesItsContentAsGiven() {
		assertFalse(asks("Die Regel gilt nicht für das Büro.", "Warum gilt die Regel nicht für das Büro?"));
		assertFalse(asks("Gilt die Regel für das Büro?", "Warum sollte die Regel nicht für das Büro gelten?"));
	}
}
