package org.factcheck.evidence.tests.alignment;

import static org.factcheck.evidence.tests.alignment.ReferenceCredit.credited;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A definite description by age refers back also with adjectives and a phrase between article and age. */
class AgeDescriptionTest {

	@Test
	void modifiersBetweenTheArticleAndTheAgeKeepTheDescriptionDefinite() {
		assertEquals(List.of("Lukas", "Brunner"), credited("Lukas Brunner ist 31 Jahre alt.",
				"Der im Profibereich als Trainer bisher völlig unerfahrene 31-Jährige wurde am Dienstag präsentiert.",
				"Der Verein bemüht sich um Lukas Brunner."));
	}

	@Test
	void anIndefiniteArticleOrAVerbBeforeTheModifiersIntroducesSomeoneNew() {
		assertEquals(List.of(), credited("Lukas Brunner ist 31 Jahre alt.",
				"Ein im Profibereich bisher völlig unerfahrener 31-Jähriger wurde am Dienstag präsentiert.",
				"Der Verein bemüht sich um Lukas Brunner."));
	}
}
