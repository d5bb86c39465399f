package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.OtherSpecifier;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A hyphenated word of the sentence that specifies the claim's noun otherwise than the claim. */
class OtherSpecifierTest {

	private static boolean specifies(String claim, String sentence, String gap) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Term term = c.terms().stream().filter(t -> t.text().equals(gap)).findFirst().orElseThrow();
		return OtherSpecifier.specifies(c, term, Aligner.align(c, s));
	}

	@Test
	void anotherFirstPartSpecifiesAnotherOne() {
		assertTrue(specifies("Italienische Behörden haben zwölf Verdächtige festgenommen.",
				"EU-Behörden haben zwölf Verdächtige festgenommen.", "Italienische"));
	}

	@Test
	void aNounWithoutSpecifierOrWithTheSameOneIsNotConcerned() {
		assertFalse(specifies("Italienische Behörden haben zwölf Verdächtige festgenommen.",
				"Die Behörden haben zwölf Verdächtige festgenommen.", "Italienische"));
		assertFalse(specifies("Italienische Behörden haben zwölf Verdächtige festgenommen.",
				"Italien-Behörden haben zwölf Verdächtige festgenommen.", "Italienische"));
	}
}
