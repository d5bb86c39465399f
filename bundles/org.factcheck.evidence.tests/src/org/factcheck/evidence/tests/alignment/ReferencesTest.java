package org.factcheck.evidence.tests.alignment;

import static org.factcheck.evidence.tests.alignment.ReferenceCredit.credited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A claim's name that a sentence refers to by a pronoun, after the sentences before it named it. */
class ReferencesTest {

	private static final TextAnalyzer ANALYZER = TextAnalyzer.german();

	@Test
	void aPronounRefersToThePersonNamedLast() {
		assertEquals(List.of("Maria", "Sacharowa"), credited("Maria Sacharowa kritisierte die Sanktionen.",
				"Sie kritisierte die Sanktionen.", "Putin erklärte die Lage.", "Maria Sacharowa betonte den Punkt."));
	}

	@Test
	void aPersonNamedBeforeTheLastIsNotReferredTo() {
		assertTrue(credited("Maria Sacharowa kritisierte die Sanktionen.", "Sie kritisierte die Sanktionen.",
				"Maria Sacharowa betonte den Punkt.", "Putin erklärte die Lage.").stream()
				.noneMatch(name -> name.equals("Sacharowa")));
	}

	@Test
	void aSentenceWithoutPronounOrDescriptionRefersToNoOne() {
		assertEquals(List.of(), credited("Maria Sacharowa kritisierte die Sanktionen.", "Kritik an den Sanktionen wurde laut.",
				"Maria Sacharowa betonte den Punkt."));
	}

	@Test
	void theAntecedentIsTheLastTextNamingAPerson() {
		List<AnalyzedText> before = List.of(ANALYZER.analyze("Putin erklärte die Lage."),
				ANALYZER.analyze("Maria Sacharowa betonte den Punkt."), ANALYZER.analyze("Das Wetter war schlecht."));
		assertEquals(1, PersonNames.antecedent(before).orElseThrow());
	}

	@Test
	void aSentenceOpeningWithAnIndefiniteArticleRefersToNoOne() {
		assertEquals(List.of(), credited("Maria Sacharowa kritisierte die Sanktionen.",
				"Ein Gericht ordnete danach ein neues Verfahren an.", "Maria Sacharowa betonte den Punkt."));
		assertEquals(List.of("Maria", "Sacharowa"), credited("Maria Sacharowa kritisierte die Sanktionen.",
				"Die Sprecherin kritisierte danach die Sanktionen.", "Maria Sacharowa betonte den Punkt."));
	}

	@Test
	void aDefiniteDescriptionByAgeRefersBackWhereverItStands() {
		assertEquals(List.of("Lukas", "Brunner"), credited("Lukas Brunner ist 31 Jahre alt.",
				"Das wäre reizvoll, sagte der 31-Jährige im Interview.", "Der Verein bemüht sich um Lukas Brunner."));
		assertEquals(List.of("Lukas", "Brunner"), credited("Lukas Brunner ist 31 Jahre alt.",
				"Optisch wirkt der 31-jährige Jurist immer noch jung.", "Lukas Brunner muss sich nicht verstecken."));
		assertEquals(List.of(), credited("Lukas Brunner ist 31 Jahre alt.",
				"Das wäre reizvoll, sagte ein 31-Jähriger im Interview.", "Der Verein bemüht sich um Lukas Brunner."));
	}

	@Test
	void aDescriptionByAgeRefersToAPersonNotToThePlacesNamedBefore() {
		assertEquals(List.of("Tadej", "Kovačić"), credited("Tadej Kovačić spielt in Graz.",
				"Das sagte der 31-Jährige im Interview.", "Der Verein aus Graz bemüht sich um Tadej Kovačić."));
	}

	@Test
	void aDescriptionOfAPlaceRefersToThePlaceNamedLast() {
		assertEquals(List.of("Burundi"), credited("In Burundi verteilt die Caritas Ziegen.",
				"In dem ostafrikanischen Staat verteilt die Caritas Ziegen.", "Ein zweites Projekt der Caritas ist jenes in Burundi."));
		assertEquals(List.of(), credited("In Burundi verteilt die Caritas Ziegen.",
				"In dem ostafrikanischen Staat verteilt die Caritas Ziegen.", "In Burundi gab es Unruhen.",
				"Die Caritas hilft auch in Ruanda."));
		assertEquals(List.of(), credited("In Burundi verteilt die Caritas Ziegen.",
				"In einem ostafrikanischen Staat verteilt die Caritas Ziegen.", "Ein zweites Projekt der Caritas ist jenes in Burundi."));
	}
}
