package org.factcheck.checkers.polarity.tests.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.checkers.polarity.lexicon.VerbForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Infinitives of inflected, prefixed and strong German verb forms. */
class VerbFormsTest {

	@ParameterizedTest
	@CsvSource({ "stieg, steigen", "gesunken, sinken", "abgelehnt, ablehnen", "auszuschließen, ausschließen",
			"zugenommen, zunehmen", "entsprächen, entsprechen", "widersprochen, widersprechen", "verloren, verlieren",
			"gewann, gewinnen", "erhöhte, erhöhen", "verringert, verringern", "anerkannt, anerkennen",
			"steigende, steigen", "verboten, verbieten" })
	void findsTheInfinitive(String form, String infinitive) {
		assertTrue(VerbForms.german().infinitives(form).contains(infinitive),
				form + " → " + VerbForms.german().infinitives(form));
	}

	@ParameterizedTest
	@CsvSource({ "zugenommen, nehmen", "abgelehnt, lehnen", "ausgeschlossen, schließen" })
	void aSeparablePrefixStaysWithItsVerb(String form, String without) {
		assertFalse(VerbForms.german().infinitives(form).contains(without),
				form + " → " + VerbForms.german().infinitives(form));
	}
}
