package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A count of times (zweimal) pins its statement down, so it is never a tolerated gap. */
class CountOfTimesTest {

	private static Term term(String text, String word) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		return analysis.terms().stream().filter(term -> term.text().equals(word)).findFirst().orElseThrow();
	}

	private static Term adverb(String word) {
		return new Term(word, 0, word.length(), 0, TermKind.ADVERB, word, List.of(word));
	}

	@Test
	void aCountOfTimesPinsDown() {
		assertTrue(Specifics.pinsDown(term("Der Verteidiger entriss dem Stürmer zweimal den Ball.", "zweimal")));
		assertTrue(Specifics.pinsDown(term("Der Stürmer wurde sechsmal zu Fall gebracht.", "sechsmal")));
	}

	@Test
	void onceOrAnotherTimeWordDoesNot() {
		assertFalse(Specifics.pinsDown(adverb("einmal")));
		assertFalse(Specifics.pinsDown(adverb("manchmal")));
		assertFalse(Specifics.pinsDown(adverb("diesmal")));
	}
}
