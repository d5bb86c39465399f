package org.factcheck.text.tests.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.NameCategory;
import org.factcheck.text.lexicon.Reading;
import org.junit.jupiter.api.Test;

class GermanLexiconTest {

	private final GermanLexicon lexicon = GermanLexicon.german();

	@Test
	void inflectedFormsHaveTheirLemmas() {
		assertEquals(Optional.of("Gespräch"), lexicon.lemma("Gespräche", Reading::isNoun));
		assertEquals(Optional.of("sprechen"), lexicon.lemma("sprachen", Reading::isVerb));
		assertEquals(Optional.of("schließen"), lexicon.lemma("schloss", Reading::isVerb));
		assertEquals(Optional.of("Truppe"), lexicon.lemma("Truppen", Reading::isNoun));
		assertEquals(Optional.of("südkoreanisch"), lexicon.lemma("südkoreanischer", Reading::isAdjective));
	}

	@Test
	void genitivesOfNamesAreReduced() {
		assertEquals(Optional.of("Nordkorea"), lexicon.lemma("Nordkoreas", Reading::isName));
		assertEquals(Optional.of("Trump"), lexicon.lemma("Trumps", Reading::isName));
	}

	@Test
	void namesHaveCategories() {
		assertEquals(NameCategory.COUNTRY, lexicon.nameCategory("Österreich"));
		assertEquals(NameCategory.CITY, lexicon.nameCategory("Moskau"));
		assertEquals(NameCategory.FIRST_NAME, lexicon.nameCategory("Maria"));
		assertEquals(NameCategory.SURNAME, lexicon.nameCategory("Putin"));
		assertTrue(NameCategory.CITY.isPlace() && NameCategory.SURNAME.isPerson());
	}

	@Test
	void aNameCategoryAskedForAgainIsTheSame() {
		for (int i = 0; i < 3; i++) {
			assertEquals(NameCategory.FIRST_NAME, lexicon.nameCategory("Maria"));
			assertEquals(NameCategory.NONE, lexicon.nameCategory("Brücke"));
		}
	}

	@Test
	void unknownWordsHaveNoReadings() {
		assertTrue(lexicon.readings("Xqzwrtl").isEmpty());
		assertEquals(NameCategory.NONE, lexicon.nameCategory("Haus"));
	}

	@Test
	void lookupIgnoresCaseWhenTheWrittenFormIsUnknown() {
		assertEquals(Optional.of("Krieg"), lexicon.lemma("KRIEG", Reading::isNoun));
	}

	@Test
	void aWordAskedAgainHasTheSameReadingsWhateverTheCallerDidWithThemAndEachSpellingKeepsItsOwn() {
		var first = lexicon.readings("Gespräche");
		assertTrue(!first.isEmpty());
		lexicon.readings("Gespräche").clear();
		assertEquals(first, lexicon.readings("Gespräche"));
		assertEquals(Optional.of("sprechen"), lexicon.lemma("sprachen", Reading::isVerb));
		assertEquals(Optional.of("Sprache"), lexicon.lemma("Sprachen", Reading::isNoun));
		assertEquals(Optional.of("sprechen"), lexicon.lemma("sprachen", Reading::isVerb));
	}
}
