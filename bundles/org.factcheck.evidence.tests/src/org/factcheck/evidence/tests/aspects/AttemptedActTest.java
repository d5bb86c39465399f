package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.AttemptedAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act or attribute only as what someone tries or hopes to bring about. */
class AttemptedActTest {

	/** The verb of attempt, or "none". */
	private static String attempt(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return AttemptedAct.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void whatSomeoneTriesToBringAboutIsNotStated() {
		assertEquals("versuchten", attempt("Hornussen ist eine olympische Sportart.",
				"Jahrelang versuchten die Verbände, aus dem Hornussen eine olympische Sportart zu machen."));
		assertEquals("hofft", attempt("Die Schwimmerin verteidigte ihren Titel.",
				"Die Schwimmerin hofft, in Rom ihren Titel zu verteidigen."));
	}

	@Test
	void anActBesideTheAttemptIsNotConcerned() {
		assertEquals("none", attempt("Die Polizei trennte die Demonstranten.",
				"Die Polizei trennte die Demonstranten, die versucht hatten, die Bühne zu stürmen."));
		assertEquals("none", attempt("Die Schwimmerin versuchte, ihren Titel zu verteidigen.",
				"Die Schwimmerin versuchte, ihren Titel zu verteidigen."));
		assertEquals("none", attempt("Die Schwimmerin verteidigte ihren Titel.", "Die Schwimmerin verteidigte ihren Titel."));
		assertEquals("none", attempt("Die Schwimmerin will ihren Titel verteidigen.",
				"Die Schwimmerin hofft, in Rom ihren Titel zu verteidigen."));
		assertEquals("none", attempt("Das Bündnis richtet eine Arbeitsgruppe ein.",
				"Das Bündnis plant eine Arbeitsgruppe, um die Zusammenarbeit mit der Union zu vertiefen."));
	}
}
