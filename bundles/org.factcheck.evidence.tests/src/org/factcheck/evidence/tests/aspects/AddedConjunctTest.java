package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.AddedConjunct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A member the claim adds to what the sentence lists is no tolerated gap. */
class AddedConjunctTest {

	private static boolean adds(String claim, String sentence, String gap) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Term term = c.terms().stream().filter(t -> t.text().equals(gap)).findFirst().orElseThrow();
		return AddedConjunct.adds(c, term, Aligner.align(c, s));
	}

	@Test
	void aSecondMemberTheSentenceDoesNotListIsAdded() {
		assertTrue(adds("Die Läuferin will im Sprint und im Staffellauf starten.", "Die Läuferin will im Sprint starten.",
				"Staffellauf"));
		assertTrue(adds("Die Firma liefert Turbinen an Ungarn oder Rumänien.", "Die Firma liefert Turbinen an Rumänien.",
				"Ungarn"));
	}

	@Test
	void aWordOutsideACoordinationOrBesideAnUnsaidMemberIsNotConcerned() {
		assertFalse(adds("Die Läuferin will im Sommer in Graz starten.", "Die Läuferin will im Sommer starten.", "Graz"));
		assertFalse(adds("Die Läuferin will im Sprint und im Staffellauf starten.", "Die Läuferin will im Hürdenlauf starten.",
				"Staffellauf"));
	}
}
