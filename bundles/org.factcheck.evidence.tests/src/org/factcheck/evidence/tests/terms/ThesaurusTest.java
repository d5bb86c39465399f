package org.factcheck.evidence.tests.terms;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
	void aBroaderVerbLeadsOnOnlyToItsOwnSynsetsNotToThoseOfTheNounWrittenWithACapital() {
		assertFalse(thesaurus.broader("laufen", "kleidung"), "laufen → latschen (walk), not die Latschen (shoes) → Kleidung");
		assertFalse(thesaurus.broader("programmieren", "brief"), "programmieren → schreiben (type), not das Schreiben (a letter)");
		assertFalse(thesaurus.broader("erleichtern", "rucktritt"), "ausscheiden (excrete), not das Ausscheiden (Rücktritt)");
		assertTrue(thesaurus.broader("kafer", "tier"), "Käfer → Insekt → Tier: nouns all the way");
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
	void wordsWithLettersBeyondUmlautsAreKnownByTheSameFoldedForm() {
		assertTrue(thesaurus.synonyms("soirée", "konzertabend"), "Soirée: é is kept, the capital is lowered");
		assertTrue(thesaurus.synonyms("kommuniqué", "stellungnahme"), "Kommuniqué");
		assertTrue(thesaurus.synonyms("π", "kreiszahl"), "π");
		assertTrue(thesaurus.knows("soirée"));
		assertFalse(thesaurus.knows("Soirée"));
	}

	@Test
	void umlautsAndSharpSAreFoldedAlikeOnLinesWithAndWithoutOtherLetters() {
		assertTrue(thesaurus.synonyms("arger", "wut"), "Ärger: a capital umlaut starts the word");
		assertTrue(thesaurus.synonyms("ol", "erdol"), "Öl, Erdöl");
		assertTrue(thesaurus.synonyms("strasse", "asphalt"), "Straße: ß is ss");
		assertTrue(thesaurus.synonyms("praludium", "prélude"), "Präludium on a line with é");
		assertTrue(thesaurus.synonyms("spass", "pointe"), "Spaß on a line with ç");
		assertFalse(thesaurus.knows("ärger"));
		assertFalse(thesaurus.knows("straße"));
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

	@Test
	void wordsComparedByTheirIdsAnswerAsByTheirKeys() {
		List<String> keys = List.of("beginnen", "starten", "anfangen", "tier", "insekt", "kafer", "hund", "zoo",
				"flughafen", "gibtsnicht", "");
		assertEquals(-1, thesaurus.id("gibtsnicht"));
		assertEquals(thesaurus.id("tier"), thesaurus.id("tier"));
		for (String a : keys) {
			for (String b : keys) {
				assertEquals(thesaurus.synonyms(a, b), thesaurus.synonyms(thesaurus.id(a), thesaurus.id(b)), a + " / " + b);
				assertEquals(thesaurus.broader(a, b), thesaurus.broader(thesaurus.id(a), thesaurus.id(b)), a + " / " + b);
			}
		}
		assertTrue(thesaurus.synonyms(thesaurus.id("starten"), thesaurus.id("beginnen")));
		assertTrue(thesaurus.broader(thesaurus.id("kafer"), thesaurus.id("tier")));
		assertFalse(thesaurus.broader(thesaurus.id("tier"), thesaurus.id("tier")));
	}
}
