package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.factcheck.evidence.terms.Thesaurus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An adjective used as a noun is looked up in the thesaurus in the strong form the thesaurus lists. */
class AdjectivalNounTest {

	private final Thesaurus thesaurus = Thesaurus.german();

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', value = {
			"Wir sprachen mit den Einheimischen.|Einheimischen|einheimischer",
			"Die Abgeordneten stimmten ab.|Abgeordneten|abgeordneter",
	})
	void theWeakFormIsFoundAsTheStrongOne(String text, String word, String listed) {
		Term term = TextAnalyzer.german().analyze(text).terms().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
		assertTrue(thesaurus.id(listed) >= 0, listed + " is in the thesaurus");
		assertEquals(thesaurus.id(listed), thesaurus.id(term));
	}
}
