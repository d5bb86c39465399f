package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.PlaceOfAnotherThing;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A claim's place adjective realised by a place name that belongs to another noun of the sentence, or contradicted by another country's adjective on the claim's noun. */
class PlaceOfAnotherThingTest {

	/** The place name said of another thing, or "none". */
	private static String other(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return PlaceOfAnotherThing.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void thePlaceOfAnotherThing() {
		assertEquals("Italiens", other("Loxon ist ein italienischer Reifenhersteller.",
				"Die Klage des Reifenherstellers Loxon könnte Italiens Steuereinnahmen senken."));
		assertEquals("Italiens", other("Loxon ist ein italienischer Reifenhersteller.",
				"Die Klage des Reifenherstellers Loxon könnte die Steuereinnahmen Italiens senken."));
	}

	@Test
	void anotherCountrysAdjectiveOnTheClaimsThing() {
		assertEquals("spanischen", other("Loxon ist ein italienischer Reifenhersteller.",
				"Die Klage des spanischen Reifenherstellers Loxon sorgt in Italien für Aufregung."));
		assertEquals("none", other("Loxon ist ein italienischer Reifenhersteller.",
				"Die Klage des italienischen Reifenherstellers Loxon sorgt in Spanien für Aufregung."));
	}

	@Test
	void thePlaceOfTheClaimsThingOrOfNothingElse() {
		assertEquals("none", other("Loxon ist ein italienischer Reifenhersteller.",
				"Loxon ist Italiens größter Reifenhersteller."));
		assertEquals("none", other("Die italienische Regierung beschloss die Reform.",
				"In Italien beschloss die Regierung die Reform."));
	}
}
