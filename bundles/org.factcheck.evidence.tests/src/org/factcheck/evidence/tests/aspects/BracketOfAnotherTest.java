package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.BracketOfAnother;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence that gives the claim's word only in the brackets after another name. */
class BracketOfAnotherTest {

	private static final String GUESTS = "Im Studio diskutieren Anna Berger (Bürgermeisterin, SPD) und Karl Huber (Landesrat, CDU) über die Pflege.";

	/** The other name whose brackets hold the claim's word, or "none". */
	private static String bracketed(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return BracketOfAnother.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aWordInTheBracketsOfAnotherNameIsSaidOfThatPerson() {
		assertEquals("Anna", bracketed("Karl Huber ist Landesrat der SPD.", GUESTS));
	}

	@Test
	void theBracketsOfTheClaimsNameSayItOfItsSubject() {
		assertEquals("none", bracketed("Karl Huber ist Landesrat der CDU.", GUESTS));
		assertEquals("none", bracketed("Anna Berger ist Bürgermeisterin.", GUESTS));
		assertEquals("none", bracketed("Die SPD stellt die Bürgermeisterin.", "Die SPD (Sozialdemokraten) stellt die Bürgermeisterin."));
	}
}
