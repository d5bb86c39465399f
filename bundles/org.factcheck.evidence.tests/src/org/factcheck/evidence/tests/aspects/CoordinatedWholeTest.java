package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.CoordinatedWhole;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A figure given for two coordinated things is no figure for one of them; two coordinated clauses are no such whole. */
class CoordinatedWholeTest {

	private static boolean whole(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return CoordinatedWhole.countsAWhole(c, s, Aligner.align(c, s));
	}

	@Test
	void aFigureForTwoThingsIsAWhole() {
		assertTrue(whole("Der Stürmer erzielte 19 Tore in der Liga.", "Der Stürmer erzielte in Liga und Cup 19 Tore."));
		assertTrue(whole("Die Firma hat 300 Mitarbeiter in Wien beschäftigt.",
				"Die Firma hat 300 Mitarbeiter in Wien und Graz beschäftigt."));
	}

	@Test
	void aClauseAfterTheConjunctionIsNoWhole() {
		assertFalse(whole("Müde Radfahrer übersehen um 30 Prozent mehr Schilder.",
				"Müde Radfahrer übersehen um 30 Prozent mehr Schilder und ein abgelenkter Fahrer braucht bis zu vier Sekunden, um zu bremsen."));
		assertFalse(whole("Müde Radfahrer übersehen um 30 Prozent mehr Schilder.",
				"Müde Radfahrer übersehen um 30 Prozent mehr Schilder und ein SMS-schreibender Lenker braucht bis zu vier Sekunden, um zu bremsen."));
	}
}
