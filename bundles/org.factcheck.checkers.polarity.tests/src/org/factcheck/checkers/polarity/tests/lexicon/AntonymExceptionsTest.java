package org.factcheck.checkers.polarity.tests.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.junit.jupiter.api.Test;

/** Words of the antonym lexicon inside listed phrases, where they are no opposites. */
class AntonymExceptionsTest {

	/** Whether the lexicon finds an opposite at the given word of a clause of the given words. */
	private static boolean poleAt(int index, String... words) {
		List<Word> clause = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			String text = words[i];
			String lower = text.toLowerCase(Locale.GERMAN);
			String tag = i > 0 && Character.isUpperCase(text.charAt(0)) ? "NOUN" : "ADJ";
			clause.add(new Word(i, text, tag, lower, lower, Set.of()));
		}
		return Antonyms.german().find(clause).stream().anyMatch(pole -> pole.first() == index);
	}

	@Test
	void aSpanOfTimeWithLangSaysHowLongNotThatItWasLong() {
		assertFalse(poleAt(5, "Der", "Umbau", "dauerte", "eine", "Woche", "lang"));
		assertFalse(poleAt(5, "Der", "Umbau", "dauerte", "eine", "WOCHE", "lang"));
	}

	@Test
	void theSameWordOutsideThePhraseIsAnOpposite() {
		assertTrue(poleAt(5, "Der", "Umbau", "dauerte", "sehr", "sehr", "lang"));
		assertTrue(poleAt(4, "Die", "Woche", "war", "sehr", "lang", "Woche"));
	}

	@Test
	void aPhraseCutOffByTheClauseEndLeavesItsWordsAlone() {
		assertTrue(poleAt(2, "Es", "kamen", "mehr", "oder"));
		assertFalse(poleAt(2, "Es", "kamen", "mehr", "oder", "weniger"));
	}

	@Test
	void overlappingPhrasesAreBothLeftOut() {
		assertFalse(poleAt(2, "das", "ging", "mehr", "und", "mehr", "oder", "weniger"));
		assertFalse(poleAt(4, "das", "ging", "mehr", "und", "mehr", "oder", "weniger"));
		assertFalse(poleAt(6, "das", "ging", "mehr", "und", "mehr", "oder", "weniger"));
	}
}
