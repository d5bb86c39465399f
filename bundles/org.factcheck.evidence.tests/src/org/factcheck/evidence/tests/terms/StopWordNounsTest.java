package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A noun that has the letters of a function word of the stop list is still a content word. */
class StopWordNounsTest {

	private static List<String> contentWords(String text) {
		return TextAnalyzer.german().analyze(text).terms().stream().map(Term::text).toList();
	}

	@Test
	void theNounWegIsAContentWord() {
		assertTrue(contentWords("Der Weg zum See war steil.").contains("Weg"), contentWords("Der Weg zum See war steil.").toString());
		assertTrue(contentWords("Wir nahmen den kürzeren Weg durch das Tal.").contains("Weg"));
	}

	@Test
	void theAdverbWegIsNone() {
		assertFalse(contentWords("Der Schlüssel ist weg.").stream().anyMatch(word -> word.equalsIgnoreCase("weg")));
	}

	@Test
	void aCapitalisedPronounIsNone() {
		List<String> words = contentWords("Wir danken Ihnen und wünschen Ihnen und Ihrer Familie alles Gute.");
		assertFalse(words.contains("Ihnen"), words.toString());
		assertFalse(words.contains("Ihrer"), words.toString());
	}
}
