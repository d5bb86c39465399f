package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Which words of a claim a stating sentence must realise. */
class ElementsTest {

	private static List<String> elements(String claim) {
		return TextAnalyzer.german().analyze(claim).terms().stream().filter(Elements::isElement).map(Term::text).toList();
	}

	@Test
	void auxiliariesPronominalAdverbsAndVerbsOfSayingAreNoElements() {
		assertEquals(List.of("Gesetz", "Gemeinschaft", "gerettet"), elements("Das Gesetz wurde dafür von der Gemeinschaft gerettet."));
		assertEquals(List.of("Regierung", "Hilfe", "geschickt"), elements("Die Regierung sagte, sie habe davon Hilfe geschickt."));
	}

	@Test
	void restrictingAdverbsAndModifiersAreElements() {
		assertEquals(List.of("Oma", "saß", "oft", "alten", "Veranda"), elements("Oma saß oft auf der alten Veranda."));
	}
}
