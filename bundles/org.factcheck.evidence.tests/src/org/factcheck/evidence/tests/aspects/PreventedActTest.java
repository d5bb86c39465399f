package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.PreventedAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A verb that negates its object (verhindern, vermeiden) governing the clause of the claim's words. */
class PreventedActTest {

	/** The preventing verb, or "none". */
	private static String prevention(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return PreventedAct.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aPreventedEventIsNotStated() {
		assertEquals("verhindert", prevention("Das Feuer griff auf die Scheune des Nachbarn über.",
				"Das Übergreifen des Feuers auf die Scheune des Nachbarn wurde verhindert."));
		assertEquals("vermied", prevention("Die Mannschaft kassierte im letzten Spiel eine Niederlage.",
				"Die Mannschaft vermied im letzten Spiel eine Niederlage."));
	}

	@Test
	void aPreventionThatFailedOrThatTheClaimSaysTooDoesNotCount() {
		assertEquals("none", prevention("Das Feuer griff auf die Scheune des Nachbarn über.",
				"Das Übergreifen des Feuers auf die Scheune des Nachbarn konnte nicht verhindert werden."));
		assertEquals("none", prevention("Die Feuerwehr verhinderte einen Brand in der Scheune.",
				"Die Feuerwehr verhinderte einen Brand in der alten Scheune."));
	}

	@Test
	void aPreventionInAnotherClauseDoesNotCount() {
		assertEquals("none", prevention("Der Wirt rief die Feuerwehr.", "Der Wirt rief die Feuerwehr, die einen Brand verhinderte."));
		assertEquals("none", prevention("Die Polizei nahm den Mann am Bahnhof fest.",
				"Die Polizei nahm den Mann am Bahnhof fest und verhinderte so einen Anschlag."));
	}
}
