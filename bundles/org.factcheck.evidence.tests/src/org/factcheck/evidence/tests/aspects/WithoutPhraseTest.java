package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.WithoutPhrase;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A noun said absent with ohne on one side and present on the other. */
class WithoutPhraseTest {

	/** The claim's noun said absent on one side only, or "none". */
	private static String opposed(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return WithoutPhrase.find(c, s, Aligner.align(c, s)).map(m -> m.claimTerm().text()).orElse("none");
	}

	@Test
	void withoutInTheClaimAgainstPresentInTheSentence() {
		assertEquals("Helm", opposed("Beide Radfahrer waren ohne Helm unterwegs.", "Beide Radfahrer trugen einen Helm."));
		assertEquals("Führerschein", opposed("Der Lenker fuhr ohne gültigen Führerschein.", "Der Lenker hatte einen gültigen Führerschein dabei."));
	}

	@Test
	void withoutInTheSentenceAgainstPresentInTheClaim() {
		assertEquals("Helm", opposed("Der Radfahrer trug einen Helm.", "Der Radfahrer war ohne Helm unterwegs."));
	}

	@Test
	void absentOnBothSidesIsNoOpposition() {
		assertEquals("none", opposed("Beide Radfahrer waren ohne Helm unterwegs.", "Die beiden Radfahrer fuhren ohne Helm durch die Stadt."));
		assertEquals("none", opposed("Der Radfahrer fuhr ohne Helm.", "Der Radfahrer trug keinen Helm."));
		assertEquals("none", opposed("Der Radfahrer trug einen Helm.", "Der Radfahrer trug einen Helm und fuhr ohne Licht."));
	}
}
