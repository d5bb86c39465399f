package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factcheck.text.numbers.NumberWords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "fünf, 5", "Zwölf, 12", "dreizehn, 13", "einundzwanzig, 21", "null, 0", "eins, 1", "ein, 1", "einem, 1",
			"Fünften, 5", "erste, 1", "zwanzigsten, 20", "dreihundert, 300" })
	void aSpelledNumberIsAWholeNumber(String word, long value) {
		assertEquals(value, NumberWords.german().wholeNumber(word));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Haus", "erst", "eineinhalb", "paar", "einige", "halben", "Tausende" })
	void otherWordsAreNoWholeNumber(String word) {
		assertNull(NumberWords.german().wholeNumber(word));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "siebzehnten", "Wohnung" })
	void aWordAskedForAgainGivesTheSameAnswer(String word) {
		Long first = NumberWords.german().wholeNumber(word);
		for (int i = 0; i < 3; i++) {
			assertEquals(first, NumberWords.german().wholeNumber(word));
		}
		assertEquals(word.equals("Wohnung") ? null : Long.valueOf(17), first);
	}
}
