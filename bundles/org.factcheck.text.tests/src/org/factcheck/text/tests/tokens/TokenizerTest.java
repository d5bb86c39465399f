package org.factcheck.text.tests.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.segment.SentenceSplitter;
import org.factcheck.text.segment.TextSpan;
import org.factcheck.text.tests.TestCorpus;
import org.factcheck.text.tokens.Lemmatizer;
import org.factcheck.text.tokens.TaggedToken;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;
import org.junit.jupiter.api.Test;

class TokenizerTest {

	private final Tokenizer tokenizer = Tokenizer.german();

	private List<String> words(String text) {
		return tokenizer.tokenize(text).stream().map(Token::text).toList();
	}

	@Test
	void numbersStayWholeAndUnitSignsAreSeparate() {
		assertEquals(List.of("Etwa", "3,4", "Millionen", "Geschosse", ",", "10.000", "Truppen", "und", "17", "%", "."),
				words("Etwa 3,4 Millionen Geschosse, 10.000 Truppen und 17% ."));
		assertEquals(List.of("82", "%", "der", "Südkoreaner"), words("82 % der Südkoreaner"));
	}

	@Test
	void hyphenatedCompoundsStayWhole() {
		assertEquals(List.of("NATO-Generalsekretär", "Mark", "Rutte"), words("NATO-Generalsekretär Mark Rutte"));
		assertEquals(List.of("Deine", "E-Mail-Adresse", "wird", "nicht", "veröffentlicht", "."),
				words("Deine E-Mail-Adresse wird nicht veröffentlicht."));
		assertEquals(List.of("über", "Waffen-", "und", "Technologietransfers"), words("über Waffen- und Technologietransfers"));
	}

	@Test
	void quotationMarksAndBracketsAreTokens() {
		assertEquals(List.of("Moskau", "Pjöngjang", "„", "zurückzahlen", "“", "würde"), words("Moskau Pjöngjang „zurückzahlen“ würde"));
		assertEquals(List.of("der", "Europäischen", "Union", "(", "EU", ")"), words("der Europäischen Union (EU)"));
	}

	@Test
	void abbreviationsKeepTheirPeriod() {
		List<String> found = words("Er traf u. a. Dr. Müller, z. B. in St. Petersburg.");
		assertTrue(found.containsAll(List.of("u.", "a.", "Dr.", "z.", "B.", "St.")), found.toString());
		assertEquals(".", found.get(found.size() - 1));
	}

	@Test
	void anAcronymEndingTheSentenceLeavesItsPeriod() {
		assertEquals(List.of("Der", "Kanzler", "gehört", "zur", "ÖVP", "."), words("Der Kanzler gehört zur ÖVP."));
		assertEquals(List.of("Es", "hat", "2", "GB", "RAM", "."), words("Es hat 2 GB RAM."));
		assertEquals(List.of("Er", "arbeitet", "bei", "der", "UNO", "."), words("Er arbeitet bei der UNO."));
	}

	@Test
	void tokensHaveExactOffsetsInsideASpan() {
		String text = TestCorpus.seed("001");
		TextSpan sentence = SentenceSplitter.german().split(text).get(0);
		List<Token> tokens = tokenizer.tokenize(text, sentence);
		assertEquals(sentence.start(), tokens.get(0).start());
		assertEquals(sentence.end(), tokens.get(tokens.size() - 1).end());
		for (Token token : tokens) {
			assertEquals(token.text(), text.substring(token.start(), token.end()));
		}
	}

	@Test
	void lemmatizerGivesBaseForms() {
		List<TaggedToken> tagged = Lemmatizer.german().tag(tokenizer.tokenize("Die Soldaten sagten, dass Nordkorea Truppen entsandt hat."));
		assertEquals("soldat", tagged.get(1).lemma());
		assertEquals("sagen", tagged.get(2).lemma());
		assertEquals("NOUN", tagged.get(1).tag());
		assertEquals("VERB", tagged.get(2).tag());
	}
}
