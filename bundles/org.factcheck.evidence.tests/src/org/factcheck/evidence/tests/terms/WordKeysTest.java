package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparison keys shared by the inflected forms of a word. */
class WordKeysTest {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource({ "Gespräche, Gespräch, NOUN", "Waffenlieferungen, Waffenlieferung, NOUN",
			"sprachen, sprechen, VERB", "Nordkoreas, Nordkorea, NAME", "größten, groß, ADJECTIVE" })
	void inflectedFormsShareTheKey(String inflected, String lemma, TermKind kind) {
		assertEquals(WordKeys.key(lemma, kind), WordKeys.key(inflected, kind));
	}

	@Test
	void differentWordsKeepDifferentKeys() {
		assertNotEquals(WordKeys.key("Nordkorea", TermKind.NAME), WordKeys.key("Südkorea", TermKind.NAME));
		assertNotEquals(WordKeys.key("steigen", TermKind.VERB), WordKeys.key("sinken", TermKind.VERB));
	}
}
