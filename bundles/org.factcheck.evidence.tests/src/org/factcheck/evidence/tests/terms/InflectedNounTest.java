package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.factcheck.evidence.terms.Thesaurus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plural the lexicon first reads as an infinitive used as a noun is looked up as the noun it is a form of. */
class InflectedNounTest {

	private final Thesaurus thesaurus = Thesaurus.german();

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', value = {
			"Wir warteten zwei Stunden.|Stunden|stunde",
	})
	void thePluralIsFoundAsItsNoun(String text, String word, String noun) {
		Term term = TextAnalyzer.german().analyze(text).terms().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
		assertTrue(thesaurus.id(noun) >= 0, noun + " is in the thesaurus");
		assertEquals(thesaurus.id(noun), thesaurus.id(term));
	}
}
