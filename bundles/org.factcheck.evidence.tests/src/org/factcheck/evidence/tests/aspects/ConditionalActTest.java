package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.ConditionalAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's act only as a condition of something else. */
class ConditionalActTest {

	/** The conjunction of the conditional clause, or "none". */
	private static String condition(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return ConditionalAct.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aConditionDoesNotSayThatItHolds() {
		assertEquals("wenn", condition("Die Brücke wird im Sommer eröffnet.",
				"Der Verkehr wird sich entspannen, wenn die Brücke im Sommer eröffnet wird."));
		assertEquals("falls", condition("Der Stadtrat genehmigt das Projekt.",
				"Die Firma baut sofort, falls der Stadtrat das Projekt genehmigt."));
		assertEquals("wenn", condition("Die Gebühr wird landesweit erhoben.",
				"Die Einnahmen steigen, und wenn die Gebühr landesweit erhoben wird, wird sich der Nutzen erweitern."));
	}

	@Test
	void aFactOrAConditionalClaimIsNotConcerned() {
		assertEquals("none", condition("Die Brücke wird im Sommer eröffnet.",
				"Die Brücke wird im Sommer eröffnet, wenn das Wetter hält, sagte der Bürgermeister."));
		assertEquals("none", condition("Die Brücke wird im Sommer eröffnet.", "Die Brücke wird im Sommer eröffnet."));
		assertEquals("none", condition("Der Rat wusste nicht, dass die Brücke gesperrt wurde.",
				"Der Rat hätte anders entschieden, wenn er von der Sperrung der Brücke erfahren hätte."));
		assertEquals("none", condition("Wenn die Brücke im Sommer eröffnet wird, entspannt sich der Verkehr.",
				"Der Verkehr wird sich entspannen, wenn die Brücke im Sommer eröffnet wird."));
	}
}
