package org.factcheck.text.tests.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.lexicon.Countries;
import org.junit.jupiter.api.Test;

class CountriesTest {

	private static final Countries COUNTRIES = Countries.german();

	/** Country names, inhabitants, other capitalised words, lower-case and short words. */
	private static final List<String> WORDS = List.of("Russland", "Russlands", "Russen", "Russin", "Russinnen",
			"Schweiz", "Schweizer", "Schweizerinnen", "Polen", "Pole", "Polens", "Deutschland", "Deutschen",
			"Hund", "Haus", "Turnier", "Regierung", "russland", "russen", "schweizer", "Ru", "Po", "", "Armee");

	@Test
	void countriesAndTheirInhabitantsArePaired() {
		assertTrue(COUNTRIES.countryAndInhabitants("Russland", "Russen"));
		assertTrue(COUNTRIES.countryAndInhabitants("Russlands", "Russin"));
		assertTrue(COUNTRIES.countryAndInhabitants("Schweiz", "Schweizer"));
		assertFalse(COUNTRIES.countryAndInhabitants("Russland", "Schweizer"));
		assertFalse(COUNTRIES.countryAndInhabitants("Russen", "Russland"));
		assertFalse(COUNTRIES.countryAndInhabitants("russland", "Russen"));
	}

	@Test
	void onlyNamesOfCountriesAndInhabitantsMayBePaired() {
		assertTrue(COUNTRIES.namesCountryOrInhabitants("Russland"));
		assertTrue(COUNTRIES.namesCountryOrInhabitants("Russlands"));
		assertTrue(COUNTRIES.namesCountryOrInhabitants("Russen"));
		assertTrue(COUNTRIES.namesCountryOrInhabitants("Schweizerinnen"));
		assertFalse(COUNTRIES.namesCountryOrInhabitants("Hund"));
		assertFalse(COUNTRIES.namesCountryOrInhabitants("Regierung"));
		assertFalse(COUNTRIES.namesCountryOrInhabitants("russland"));
		assertFalse(COUNTRIES.namesCountryOrInhabitants("Ru"));
		assertFalse(COUNTRIES.namesCountryOrInhabitants(""));
	}

	/** A word that is no country's name nor inhabitants is paired with no word, either way round. */
	@Test
	void aWordPairedWithAnyWordNamesACountryOrItsInhabitants() {
		int pairs = 0;
		for (String a : WORDS) {
			for (String b : WORDS) {
				if (COUNTRIES.countryAndInhabitants(a, b)) {
					pairs++;
					assertTrue(COUNTRIES.namesCountryOrInhabitants(a), a);
					assertTrue(COUNTRIES.namesCountryOrInhabitants(b), b);
				}
			}
		}
		for (String word : WORDS) {
			if (!COUNTRIES.namesCountryOrInhabitants(word)) {
				for (String other : WORDS) {
					assertFalse(COUNTRIES.countryAndInhabitants(word, other), word + " / " + other);
					assertFalse(COUNTRIES.countryAndInhabitants(other, word), other + " / " + word);
				}
			}
		}
		assertEquals(true, pairs >= 8, "pairs found: " + pairs);
	}
}
