package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairing a claim's numbers with the sentence's numbers for the same thing. */
class QuantityComparisonTest {

	private static QuantityComparison compare(String claim, String sentence) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		return QuantityComparison.compare(analyzer.analyze(claim), analyzer.analyze(sentence));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Südkorea hat etwa 3,4 Millionen Geschosse.|Südkorea verfügt über rund 3.400.000 Geschosse.",
			"Mehr als 10.000 Soldaten wurden entsandt.|Es wurden 12.000 Soldaten entsandt.",
			"Die Arbeitslosigkeit stieg um 17 Prozent.|Die Arbeitslosigkeit stieg um 17 %.",
			"Sieben Filialen schließen.|Die Kette schließt 7 Filialen.",
			"Bisher betrug der Zuschlag 25 Prozent.|Der Zuschlag beträgt dann bloß 10 Prozent – bisher 25 Prozent.",
			"Tom Keller siegte mit 268 Schlägen.|Endstand: 1. Tom Keller (AUT) 268 Schläge (68/67/66/67) – 2. Eva Moser (GER) 270 (70/66/67/67)" })
	void compatibleNumbersForTheSameThingAgree(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertEquals(1, comparison.agreements().size(), comparison.conflicts().toString());
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Südkorea hat etwa 3,4 Millionen Geschosse.|Südkorea verfügt über rund 4,3 Millionen Geschosse.",
			"Mehr als 700 Menschen flohen.|Weniger als 700 Menschen flohen.",
			"Mehr als zwei Millionen Menschen leben dort.|Mehr als 200.000 Menschen leben dort.",
			"Die Kette schließt 12 Filialen.|Die Kette schließt 21 Filialen.",
			"Der Zuschlag soll künftig 25 Prozent betragen.|Der Zuschlag beträgt dann bloß 10 Prozent – bisher 25 Prozent.",
			"Das Werk beschäftigt 300 Mitarbeiter.|Das Werk beschäftigt noch 120 Mitarbeiter, zuvor waren es 300 Mitarbeiter." })
	void differentNumbersForTheSameThingConflict(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertEquals(1, comparison.conflicts().size(), comparison.agreements().toString());
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Die Kette schließt 12 Filialen.|Die Kette mit 300 Mitarbeitern schließt 12 Filialen.",
			"Beim Erdbeben starben 300 Menschen.|Beim Erdbeben starben bisher 300 Menschen.",
			"Die Firma hat 300 Mitarbeiter.|Die Firma mit 300 Mitarbeitern schließt 12 Filialen." })
	void numberOfSomethingElseInTheSentenceIsNotConfusedWithIt(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
		assertEquals(1, comparison.agreements().size());
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Mehr als 2.000 Menschen flohen.|Mehr als 1.500 Menschen flohen.",
			"Das Wörterbuch hatte mehr als 600.000 Einträge.|Das Wörterbuch hatte circa 600.000 Einträge.",
			"Höchstens 50 Filialen schließen.|Rund 50 Filialen schließen." })
	void aBoundTheSentenceDoesNotReachNeitherAgreesNorConflicts(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertTrue(comparison.agreements().isEmpty(), comparison.agreements().toString());
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
		assertTrue(!QuantityComparison.statesAll(TextAnalyzer.german().analyze(claim), TextAnalyzer.german().analyze(sentence)));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Das Parlament hob die Immunität von 183 Abgeordneten auf.|Das Parlament hob die Immunität von mehr als einem Viertel der Abgeordneten auf.",
			"Drei Mitarbeiter wurden entlassen.|Rund ein Drittel der Mitarbeiter wurde entlassen." })
	void aShareIsComparedOnlyWithShares(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertTrue(comparison.agreements().isEmpty(), comparison.agreements().toString());
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
	}

	@Test
	void theClaimsValueOfAnotherThingDoesNotStateIt() {
		String claim = "Von der Schließung könnten 40 Lehrer betroffen sein.";
		String sentence = "Betroffen sein könnten 12 Lehrer, 40 Hausmeister und 9 Köche.";
		assertTrue(!QuantityComparison.statesAll(TextAnalyzer.german().analyze(claim), TextAnalyzer.german().analyze(sentence)));
		assertTrue(QuantityComparison.statesAll(TextAnalyzer.german().analyze(claim),
				TextAnalyzer.german().analyze("Betroffen sein könnten 40 Lehrer, 12 Hausmeister und 9 Köche.")));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Microsoft stellte den Support für Windows 7 ein.|Microsoft stellte den Support für Windows 10 ein.",
			"Der Sender Bayern 3 sendet das Konzert live.|Der Sender Bayern 1 sendet das Konzert live." })
	void aNumberThatBelongsToANameIsNoFigure(String claim, String sentence) {
		QuantityComparison comparison = compare(claim, sentence);
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
		assertTrue(QuantityComparison.quantities(TextAnalyzer.german().analyze(claim)).isEmpty());
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Microsoft verkaufte 7 Millionen Lizenzen.|Microsoft verkaufte 10 Millionen Lizenzen." })
	void aNumberWithAUnitAfterANameStaysAFigure(String claim, String sentence) {
		for (String text : new String[] { claim, sentence }) {
			AnalyzedText analyzed = TextAnalyzer.german().analyze(text);
			assertTrue(!analyzed.quantities().isEmpty(), text);
			assertEquals(analyzed.quantities(), QuantityComparison.quantities(analyzed), text);
		}
	}

	@Test
	void aFigureNamingNothingItCountsIsNoCountOfANounAThousandfoldApart() {
		QuantityComparison apart = compare("Der Fonds ist mit fast drei Milliarden verschuldet.",
				"Der Beitrag zum Fonds soll in zwei Etappen sinken.");
		assertTrue(apart.conflicts().isEmpty(), apart.conflicts().toString());
		QuantityComparison bare = compare("Der Fonds ist mit fast drei Milliarden verschuldet.",
				"Der Beitrag zum Fonds soll von 4,5 auf 3,5 oder 3,6 Prozent sinken.");
		assertTrue(bare.conflicts().isEmpty(), bare.conflicts().toString());
		QuantityComparison near = compare("Der Fonds ist mit fast drei Milliarden verschuldet.",
				"Der Fonds hat Schulden von fast fünf Milliarden.");
		assertEquals(1, near.conflicts().size(), near.agreements().toString());
	}
}
