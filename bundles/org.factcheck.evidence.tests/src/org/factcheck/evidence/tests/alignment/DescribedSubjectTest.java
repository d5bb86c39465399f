package org.factcheck.evidence.tests.alignment;

import static org.factcheck.evidence.tests.alignment.ReferenceCredit.credited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.factcheck.evidence.alignment.DescribedSubject;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A subject described after a conjunction (Doch der Grüne …) or given by a demonstrative (Diese …)
 * refers to the one person the sentence just before names.
 */
class DescribedSubjectTest {

	private static final TextAnalyzer ANALYZER = TextAnalyzer.german();

	@Test
	void aDescribedSubjectAfterAConjunctionRefersToThePersonJustNamed() {
		assertEquals(List.of("Anton", "Huber"), credited("Anton Huber kritisiert den Entwurf in einem Brief.",
				"Doch der Grüne kritisiert den Entwurf in einem Brief.", "Grundsätzlich dafür ist der Abgeordnete Anton Huber."));
		assertEquals(List.of("Anton", "Huber"), credited("Anton Huber kritisiert den Entwurf.",
				"Aber der Abgeordnete kritisiert den Entwurf.", "Grundsätzlich dafür ist der Abgeordnete Anton Huber."));
	}

	@Test
	void aDemonstrativeSubjectRefersToThePersonJustNamed() {
		assertEquals(List.of("Martina", "Berger"), credited("Martina Berger trat am Montag als Parteichefin zurück.",
				"Diese trat am Montag als Parteichefin zurück.", "Nutznießerin war schließlich die Stadträtin Martina Berger."));
	}

	@Test
	void twoPersonsInTheSentenceBeforeLeaveTheSubjectOpen() {
		assertEquals(List.of(), credited("Anton Huber kritisiert den Entwurf in einem Brief.",
				"Doch der Grüne kritisiert den Entwurf in einem Brief.", "Anton Huber traf gestern Maria Berger."));
	}

	@Test
	void aPersonNamedTwoSentencesBeforeIsNotReferredTo() {
		assertEquals(List.of(), credited("Anton Huber kritisiert den Entwurf in einem Brief.",
				"Doch der Grüne kritisiert den Entwurf in einem Brief.", "Grundsätzlich dafür ist der Abgeordnete Anton Huber.",
				"Der Entwurf liegt seit Montag vor."));
	}

	@Test
	void anObjectOrADeterminerIsNoSubjectReferringBack() {
		assertEquals(List.of(), credited("Anton Huber kritisiert den Entwurf in einem Brief.",
				"Doch den Grünen kritisiert der Entwurf in einem Brief.", "Grundsätzlich dafür ist der Abgeordnete Anton Huber."));
		assertFalse(DescribedSubject.refersBack(ANALYZER.analyze("Diese Kritik am Entwurf ist alt.")));
		assertFalse(DescribedSubject.refersBack(ANALYZER.analyze("Aber die Ukraine widersprach.")));
	}
}
