package org.factcheck.text.tests.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.tokens.PartOfSpeechTagger;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

/** Parts of speech, and the finite verb of a sentence the statistical tagger leaves without one. */
class PartOfSpeechTaggerTest {

	private static String tagOf(String sentence, String word) {
		List<Token> tokens = Tokenizer.german().tokenize(sentence);
		List<String> tags = PartOfSpeechTagger.german().tag(tokens);
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).text().equals(word)) {
				return tags.get(i);
			}
		}
		throw new AssertionError(word + " is not a token of " + sentence);
	}

	@Test
	void aFiniteVerbTakenForAParticipleIsTheVerbOfAVerblessSentence() {
		assertEquals("VERB", tagOf("Die konservative Opposition unterstützt das Gesetz.", "unterstützt"));
	}

	@Test
	void aParticipleBesideAVerbStaysAnAdjective() {
		assertTrue(List.of("ADJ", "VERB").contains(tagOf("Das Gesetz wird von der Opposition unterstützt.", "unterstützt")));
		assertEquals("NOUN", tagOf("Die Opposition unterstützt das Gesetz.", "Opposition"));
	}

	@Test
	void aNameWithALowerCaseParticleIsAProperNoun() {
		assertEquals("PROPN", tagOf("Die Miliz al-Schabab hat sich zu dem Anschlag bekannt.", "al-Schabab"));
		assertEquals("PROPN", tagOf("Er traf Präsident el-Sisi in Kairo.", "el-Sisi"));
	}

	@Test
	void punctuationStaysPunctuation() {
		assertEquals("PUNCT", tagOf("Er kam – und ging wieder.", "–"));
		assertEquals("PUNCT", tagOf("Er kam, sah und siegte.", ","));
	}

	@Test
	void aHyphenatedWordIsNoPunctuation() {
		assertEquals("ADJ", tagOf("Der Minister gab den Auftrag an das deutsch-französische Konsortium Toll Collect.",
				"deutsch-französische"));
	}
}
