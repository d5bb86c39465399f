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

/** A compound led by a figure pins its statement down, so it is never a tolerated gap. */
class LeadingFigureTest {

	private static Term term(String text, String word) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		return analysis.terms().stream().filter(term -> term.text().equals(word)).findFirst().orElseThrow();
	}

	@Test
	void aCompoundLedByAFigurePinsDown() {
		assertTrue(Specifics.pinsDown(term("Die Gäste gingen mit einer 13:10-Führung in die Pause.", "13:10-Führung")));
		assertTrue(Specifics.pinsDown(term("Sie mieteten eine 3,5-Zimmer-Wohnung.", "3,5-Zimmer-Wohnung")));
	}

	@Test
	void aNameWithAFigureOrAYearCompoundDoesNot() {
		assertFalse(Specifics.pinsDown(term("Die Gäste gingen mit einer deutlichen Führung in die Pause.", "Führung")));
		assertFalse(Specifics.pinsDown(new Term("F-22", 0, 4, 0, TermKind.NAME, "f-22", List.of("f-22"))));
		assertFalse(Specifics.pinsDown(new Term("2015-Ausgabe", 0, 12, 0, TermKind.NOUN, "2015-ausgabe", List.of("2015", "ausgabe"))));
	}
}
