package org.factcheck.text.tests.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.text.tokens.PartOfSpeechTagger;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * An unknown capitalised word the statistical tagger takes for a pronoun, an article or a
 * preposition is a proper noun; a real pronoun stays one.
 */
class NamesTakenForPronounsTest {

	private static String firstTag(String sentence) {
		List<Token> tokens = Tokenizer.german().tokenize(sentence);
		return PartOfSpeechTagger.german().tag(tokens).get(0);
	}

	@Test
	void anUnknownNameTakenForAPronounIsAProperNoun() {
		assertEquals("PROPN", firstTag("Prudie schrieb einen Brief."));
	}

	@Test
	void anUnknownNameTakenForAPrepositionIsAProperNoun() {
		assertEquals("PROPN", firstTag("Yasin wurde nie gewählt."));
	}

	@Test
	void aPronounStaysAPronoun() {
		assertEquals("PRON", firstTag("Er schrieb einen Brief."));
		assertEquals("PRON", firstTag("Jemand schrieb einen Brief."));
	}
}
