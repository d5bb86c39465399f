package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.GappedFigure;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The claim's number in a clause without a verb that opens with another thing: that thing's figure. */
class GappedFigureTest {

	private static boolean forAnother(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return GappedFigure.forAnother(c, s, Aligner.align(c, s));
	}

	@Test
	void theFigureOfAGappedClauseBelongsToItsOwnThing() {
		assertTrue(forAnother("Kaffee wurde im März um 12 Prozent teurer.",
				"Kaffee verteuerte sich im März um fast ein Drittel, Tee immerhin um 12 Prozent."));
		assertTrue(forAnother("Kaffee wurde im März um 12 Prozent teurer.",
				"Kaffee verteuerte sich im März um fast ein Drittel und Tee um 12 Prozent."));
	}

	@Test
	void theClaimsOwnThingOrAnotherPhraseDoesNotCount() {
		assertFalse(forAnother("Tee wurde im März um 12 Prozent teurer.",
				"Kaffee verteuerte sich im März um fast ein Drittel, Tee immerhin um 12 Prozent."));
		assertFalse(forAnother("Die Zahl der Arbeitslosen stieg im Mai um 3,5 Prozent.",
				"Die Zahl der Arbeitslosen stieg im Mai, laut dem Arbeitsamt um 3,5 Prozent."));
		assertFalse(forAnother("Kaffee wurde im März um 12 Prozent teurer.", "Kaffee verteuerte sich im März um 12 Prozent."));
	}
}
