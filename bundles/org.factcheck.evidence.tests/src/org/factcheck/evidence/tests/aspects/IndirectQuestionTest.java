package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.IndirectQuestion;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act only in a clause that asks whether it holds, under a predicate leaving it open. */
class IndirectQuestionTest {

	/** The word opening the indirect question, or "none". */
	private static String question(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return IndirectQuestion.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aClauseAskingWhetherUnderAnOpenPredicateDoesNotSayThatItHolds() {
		assertEquals("Ob", question("Die Holding steigt selbst in die Angebote ein.",
				"Ob die Holding selbst in die Angebote einsteigt, wird in den nächsten Wochen geprüft."));
		assertEquals("Ob", question("Der Nachfolger übernimmt alle Ressorts.",
				"Ob der Nachfolger alle Ressorts übernimmt, wisse er noch nicht."));
		assertEquals("ob", question("Die Stadt baut eine neue Brücke.",
				"Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut."));
	}

	@Test
	void aFactBesideTheQuestionIsNotConcerned() {
		assertEquals("none", question("Der Rat genehmigte das Projekt.",
				"Ob die Firma sofort baut, ist offen, und der Rat genehmigte das Projekt."));
		assertEquals("none", question("In Wien steigen die Mieten.", "Ob in Wien oder in Graz, überall steigen die Mieten."));
		assertEquals("none", question("Die Stadt baut eine neue Brücke.", "Die Stadt baut eine neue Brücke."));
		assertEquals("none", question("Möglicherweise baut die Stadt eine neue Brücke.",
				"Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut."));
		assertEquals("none", question("Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut.",
				"Der Bürgermeister ließ offen, ob die Stadt eine neue Brücke baut."));
	}
}
