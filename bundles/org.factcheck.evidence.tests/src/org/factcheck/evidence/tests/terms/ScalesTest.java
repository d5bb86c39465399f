package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.evidence.terms.Scales;
import org.factcheck.evidence.terms.Scales.Degree;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Degrees of quantity, frequency and modality, and which of them clash. */
class ScalesTest {

	private static List<Degree> degrees(String text) {
		return Scales.german().marks(TextAnalyzer.german().analyze(text).tokens()).stream().map(Scales.Mark::degree).toList();
	}

	@Test
	void wordsAndPhrasesGiveDegrees() {
		assertEquals(List.of(Degree.ALL, Degree.ALWAYS), degrees("Alle Schüler kommen immer pünktlich."));
		assertEquals(List.of(Degree.OFTEN), degrees("Er kam immer wieder zu spät."));
		assertEquals(List.of(Degree.NECESSARY, Degree.OPTIONAL), degrees("Die Anmeldung ist verpflichtend, der Beitrag freiwillig."));
	}

	@Test
	void negatedWordsAndFixedPhrasesGiveNoDegree() {
		assertEquals(List.of(), degrees("Nicht alle Schüler kamen."));
		assertEquals(List.of(), degrees("Er muss nicht kommen."));
		assertEquals(List.of(), degrees("Sie ist immer noch im Amt."));
		assertEquals(List.of(), degrees("Wie viele Gäste kamen?"));
	}

	@Test
	void manyClashesWithFewButNotWithSome() {
		assertEquals(List.of(Degree.MANY), degrees("Zahlreiche Gäste kamen."));
		assertTrue(Scales.clash(Degree.MANY, Degree.FEW));
		assertFalse(Scales.clash(Degree.MANY, Degree.SOME));
		assertFalse(Scales.restricts(Degree.MANY));
	}

	@Test
	void lotsOfIsManyNotAll() {
		assertEquals(List.of(Degree.MANY), degrees("Beim Fest halfen jede Menge Nachbarn mit."));
		assertEquals(List.of(Degree.MANY), degrees("Sie hat eine Menge Bücher."));
	}

	@Test
	void notEnoughIsFew() {
		assertEquals(List.of(Degree.FEW), degrees("Die Werkstatt hat nicht genug Ersatzteile."));
		assertTrue(Scales.clash(Degree.ALL, Degree.FEW));
	}

	@Test
	void aPermissionDeniedLaterIsNone() {
		assertEquals(List.of(Degree.PERMITTED), degrees("Besucher dürfen im Museum fotografieren."));
		assertEquals(List.of(), degrees("Besucher dürfen im Museum nicht fotografieren."));
		assertEquals(List.of(Degree.FORBIDDEN), degrees("Das Fotografieren ist nicht erlaubt."));
		assertTrue(Scales.clash(Degree.PERMITTED, Degree.FORBIDDEN));
	}

	@Test
	void oppositeEndsClashAndAWeakerDegreeOfTheSameSideDoesNot() {
		assertTrue(Scales.clash(Degree.ALL, Degree.FEW));
		assertTrue(Scales.clash(Degree.ALWAYS, Degree.RARELY));
		assertTrue(Scales.clash(Degree.NECESSARY, Degree.OPTIONAL));
		assertFalse(Scales.clash(Degree.ALL, Degree.SOME));
		assertFalse(Scales.clash(Degree.ALWAYS, Degree.OFTEN));
		assertTrue(Scales.implies(Degree.ALL, Degree.SOME));
		assertFalse(Scales.implies(Degree.SOME, Degree.ALL));
		assertFalse(Scales.implies(Degree.OPTIONAL, Degree.NECESSARY));
	}
}
