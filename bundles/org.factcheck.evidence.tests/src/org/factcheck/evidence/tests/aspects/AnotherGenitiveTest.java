package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.AnotherGenitive;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's noun another genitive attribute than the claim's. */
class AnotherGenitiveTest {

	private static boolean gives(String claim, String sentence, String gap) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Term term = c.terms().stream().filter(t -> t.text().equals(gap)).findFirst().orElseThrow();
		return AnotherGenitive.gives(c, s, Aligner.align(c, s), term);
	}

	@Test
	void anotherGenitiveAttributeIsNoLeftOutDetail() {
		assertTrue(gives("Eva Berger ist Stadträtin der Grünen.",
				"Die Liste will für die Stadträtin der größten Fraktion, Eva Berger, votieren.", "Grünen"));
		assertTrue(gives("Die Sprecherin des Ministeriums bestätigte den Bericht.",
				"Die Sprecherin der Polizei bestätigte den Bericht.", "Ministeriums"));
	}

	@Test
	void aNounWithoutAttributeLeavesItOpen() {
		assertFalse(gives("Eva Berger ist Stadträtin der Grünen.", "Die Liste will für die Stadträtin Eva Berger votieren.",
				"Grünen"));
		assertFalse(gives("Die Sprecherin des Ministeriums bestätigte den Bericht.", "Die Sprecherin bestätigte den Bericht.",
				"Ministeriums"));
	}
}
