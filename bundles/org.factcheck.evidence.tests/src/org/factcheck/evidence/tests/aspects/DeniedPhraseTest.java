package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.LocalDenial;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A phrase after the claim's preposition, denied right before the preposition (niemals wegen …). */
class DeniedPhraseTest {

	/** The denying word, or "none". */
	private static String denial(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return LocalDenial.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aNegationBeforeTheClaimsPrepositionDeniesItsPhrase() {
		assertEquals("niemals", denial("Der Mann war wegen Verbindungen in jihadistische Netzwerke vorbestraft.",
				"Er sei mehrfach vorbestraft, allerdings niemals wegen Verbindungen in jihadistische Netzwerke."));
		assertEquals("nicht", denial("Die Sitzung fand in Wien statt.", "Die Sitzung fand nicht in Wien statt."));
	}

	@Test
	void aNegationBeforeTheAlsOfARoleDeniesTheRole() {
		assertEquals("nicht", denial("Die Malerin versteht sich als Aktivistin.",
				"Die Malerin versteht sich als Künstlerin, nicht als Aktivistin."));
	}

	@Test
	void nichtNurOhneAndAnotherPrepositionDenyNothing() {
		assertEquals("none", denial("Der Mann war wegen Diebstahls vorbestraft.",
				"Er war nicht nur wegen Diebstahls vorbestraft."));
		assertEquals("none", denial("Er sprach mit Stolz über die Firma.", "Er sprach nicht ohne Stolz über die Firma."));
		assertEquals("none", denial("Die Sitzung fand in Wien statt.", "Die Sitzung fand nicht vor dem Sommer in Wien statt."));
	}
}
