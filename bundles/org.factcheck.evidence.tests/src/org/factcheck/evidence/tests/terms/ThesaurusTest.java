package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.terms.Thesaurus;
import org.junit.jupiter.api.Test;

/** Synonyms, broader terms and siblings from OpenThesaurus, by lower-case umlaut-folded lemma. */
class ThesaurusTest {

	private final Thesaurus thesaurus = Thesaurus.german();

	@Test
	void wordsOfOneSynsetAreSynonyms() {
		assertTrue(thesaurus.synonyms("beginnen", "starten"));
		assertTrue(thesaurus.synonyms("starten", "beginnen"));
		assertFalse(thesaurus.synonyms("beginnen", "beginnen"));
		assertFalse(thesaurus.synonyms("beginnen", "flughafen"));
	}

	@Test
	void broaderTermsReachTwoLevelsUpAndNotDown() {
		assertTrue(thesaurus.broader("insekt", "tier"));
		assertTrue(thesaurus.broader("kafer", "tier"), "Käfer → Insekt → Tier");
		assertFalse(thesaurus.broader("tier", "insekt"));
	}

	@Test
	void kindsOfOneBroaderThingAreSiblingsButSynonymsAreNot() {
		assertTrue(thesaurus.siblings("zoo", "flughafen"), "both kinds of Ort");
		assertFalse(thesaurus.siblings("zoo", "tierpark"), "synonyms");
		assertFalse(thesaurus.siblings("kafer", "insekt"), "one is broader than the other");
	}

	@Test
	void wordsAreKnownByTheirLowerCaseUmlautFoldedForm() {
		assertTrue(thesaurus.knows("strasse"), "Straße");
		assertTrue(thesaurus.knows("uberraschung"), "Überraschung");
		assertTrue(thesaurus.knows("beginnen"));
		assertFalse(thesaurus.knows("Straße"));
		assertFalse(thesaurus.knows("überraschung"));
	}

	@Test
	void aWordAskedAgainGetsTheSameAnswerWhateverWasAskedBefore() {
		for (int round = 0; round < 2; round++) {
			assertFalse(thesaurus.broader("tier", "insekt"));
			assertTrue(thesaurus.broader("kafer", "tier"));
			assertTrue(thesaurus.broader("insekt", "tier"));
			assertFalse(thesaurus.broader("kafer", "kafer"));
			assertFalse(thesaurus.broader("kafer", "gibtsnicht"));
			assertFalse(thesaurus.broader("gibtsnicht", "tier"));
			assertTrue(thesaurus.synonyms("starten", "beginnen"));
			assertFalse(thesaurus.synonyms("beginnen", "flughafen"));
			assertFalse(thesaurus.synonyms("gibtsnicht", "beginnen"));
		}
	}
}
