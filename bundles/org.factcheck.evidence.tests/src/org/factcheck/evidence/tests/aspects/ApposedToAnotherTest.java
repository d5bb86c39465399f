package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.ApposedToAnother;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence that gives the claim's predicative word to another person, as that person's apposition. */
class ApposedToAnotherTest {

	/** The other name the claim's predicative word is apposed to, or "none". */
	private static String apposed(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return ApposedToAnother.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	private static final String TEAM = "Der Schwede Lars Holm, der Norweger Erik Dahl und der Däne Jens Lund wurden gestern geehrt.";

	@Test
	void theWordApposedToAnotherNameIsSaidOfThatPerson() {
		assertEquals("Lars", apposed("Erik Dahl ist Schwede.", TEAM));
	}

	@Test
	void theWordApposedToTheClaimsNameIsSaidOfItsSubject() {
		assertEquals("none", apposed("Erik Dahl ist Norweger.", TEAM));
		assertEquals("none", apposed("Lars Holm ist Schwede.", TEAM));
		assertEquals("none", apposed("Angela Merkel ist Kanzlerin.", "Kanzlerin Angela Merkel sprach in Berlin."));
	}
}
