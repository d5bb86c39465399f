package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.IndirectQuestion;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act only in a clause that asks whether it holds. */
class IndirectQuestionTest {

	/** The word opening the indirect question, or "none". */
	private static String question(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return IndirectQuestion.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aClauseAskingWhetherDoesNotSayThatItHolds() {
		assertEquals("Ob", question("Der Nachfolger wird im Herbst alle Ressorts übernehmen.",
				"Ob der Nachfolger, der im Herbst angelobt werden soll, alle Ressorts übernehmen will, wisse er noch nicht."));
		assertEquals("ob", question("Die Stadt baut eine neue Brücke.",
				"Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut."));
	}

	@Test
	void aFactBesideTheQuestionIsNotConcerned() {
		assertEquals("none", question("Der Rat genehmigte das Projekt.",
				"Ob die Firma sofort baut, ist offen, und der Rat genehmigte das Projekt."));
		assertEquals("none", question("Die Stadt baut eine neue Brücke.",
				"Ob sie teurer wird, ist offen, doch die Stadt baut eine neue Brücke."));
		assertEquals("none", question("Die Stadt baut eine neue Brücke.", "Die Stadt baut eine neue Brücke."));
		assertEquals("none", question("Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut.",
				"Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut."));
	}
}
