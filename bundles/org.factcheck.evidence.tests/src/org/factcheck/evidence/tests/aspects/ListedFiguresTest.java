package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.evidence.aspects.QuantityComparison;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A figure listed with its own name is compared only with a claim about that name. */
class ListedFiguresTest {

	private static final String LIST = "Nach Angaben der Zeitung gehören 12 zur SPD (80 Sitze), 19 zur Mitte-Rechts-Partei CDU (95 Sitze) und neun zur FDP (20 Sitze).";

	private static QuantityComparison compare(String claim, String sentence) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		return QuantityComparison.compare(analyzer.analyze(claim), analyzer.analyze(sentence));
	}

	@Test
	void theFigureOfAnotherNameInTheListConflicts() {
		QuantityComparison comparison = compare("12 der Ausgeschlossenen gehören zur CDU.", LIST);
		assertTrue(comparison.agreements().isEmpty(), comparison.agreements().toString());
		assertEquals(1, comparison.conflicts().size());
		assertEquals(19, comparison.conflicts().get(0).sentence().value());
	}

	@Test
	void theFigureOfTheClaimsNameAgrees() {
		QuantityComparison comparison = compare("19 der Ausgeschlossenen gehören zur CDU.", LIST);
		assertEquals(1, comparison.agreements().size(), comparison.conflicts().toString());
		assertTrue(comparison.conflicts().isEmpty(), comparison.conflicts().toString());
	}

	@Test
	void aFigureIsTheOneOfTheNameBeforeItWhereNoNameFollows() {
		String forecasts = "Die Institute sind vorsichtig: Das Wifo rechnet für 2017 mit einem Wachstum von 1,2 Prozent, das IHS mit 1,5 Prozent.";
		QuantityComparison other = compare("Das IHS rechnet für 2017 mit einem Wachstum von 1,2 Prozent.", forecasts);
		assertTrue(other.agreements().isEmpty(), other.agreements().toString());
		assertEquals(1.5, other.conflicts().get(0).sentence().value(), 1e-9);
		QuantityComparison own = compare("Das Wifo rechnet für 2017 mit einem Wachstum von 1,2 Prozent.", forecasts);
		assertEquals(1, own.agreements().size(), own.conflicts().toString());
		assertTrue(own.conflicts().isEmpty(), own.conflicts().toString());
	}
}
