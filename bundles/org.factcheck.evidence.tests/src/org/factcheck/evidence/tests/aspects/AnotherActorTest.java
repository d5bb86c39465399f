package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.AnotherActor;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Whether the sentence's clause with the claim's verb has another doer than the claim. */
class AnotherActorTest {

	private static String actor(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Optional<AnotherActor> found = AnotherActor.find(c, s, Aligner.align(c, s));
		return found.map(actor -> actor.swapped() ? "swapped" : "another").orElse("same");
	}

	private static final String RELATIVE = "Im Juni hatte sie den Rekord an Tom Keller verloren, der in Halle 40 Tore schoss.";

	@Test
	void aSubordinateClauseCreditsItsSubject() {
		String sentence = "Während Stadtrat Paul Huber damit rechnete, dass die Schule erst 2021 fertig wird, war sie zuversichtlich.";
		assertEquals("another", actor("Bürgermeisterin Eva Lang rechnete damit, dass die Schule erst 2021 fertig wird.", sentence),
				TextAnalyzer.german().analyze(sentence).tags().toString());
		assertEquals("same", actor("Stadtrat Paul Huber rechnete damit, dass die Schule erst 2021 fertig wird.", sentence));
	}

	@Test
	void aRelativeClauseCreditsItsAntecedent() {
		assertEquals("another", actor("Lisa Wagner schoss in Halle 40 Tore.", RELATIVE));
		assertEquals("same", actor("Tom Keller schoss in Halle 40 Tore.", RELATIVE));
	}

	@Test
	void theClaimsSubjectAsTheRelativeClausesObjectIsSwapped() {
		String sentence = "Titelverteidigerin ist Anna Berger, die 2015 im Finale die Spanierin Maria Lopez bezwang.";
		assertEquals("same", actor("Im Finale bezwang Anna Berger Maria Lopez.", sentence));
		String accusative = "Titelverteidiger ist Karl Huber, der 2015 im Finale den Spanier Pablo Ruiz bezwang.";
		assertEquals("swapped", actor("Im Finale bezwang Pablo Ruiz Karl Huber.", accusative));
		assertEquals("same", actor("Im Finale bezwang Karl Huber Pablo Ruiz.", accusative));
	}

	@Test
	void aGappedClausePairsItsOwnSubjectAndObject() {
		String sentence = "Wien schickte den Bürgermeister Karl Huber, Graz seine Stadträtin Eva Moser.";
		assertEquals("same", actor("Wien schickte Karl Huber.", sentence));
		assertEquals("same", actor("Graz schickte Eva Moser.", sentence));
		assertEquals("another", actor("Graz schickte den Bürgermeister Karl Huber.", sentence));
		assertEquals("another", actor("Wien schickte Eva Moser.", sentence));
	}

	@Test
	void theSecondSentenceOfAPassageIsAClauseOfItsOwn() {
		String passage = "Auch Graz und Wien schickten Vertreter. Wien schickte den Bürgermeister Karl Huber, Graz seine Stadträtin Eva Moser.";
		assertEquals("another", actor("Graz schickte den Bürgermeister Karl Huber.", passage));
		assertEquals("same", actor("Graz schickte Eva Moser.", passage));
	}

	@Test
	void aPassiveClaimsSubjectIsNotItsDoer() {
		assertEquals("same", actor("Der Hund des Nachbarn wurde vom Briefträger gejagt.", "Der Briefträger jagte den Hund des Nachbarn."));
		assertEquals("same", actor("Tom Keller wurde von Lisa Wagner besiegt.", "Titelverteidigerin ist Lisa Wagner, die im Finale den Spanier Tom Keller besiegte."));
	}

	@Test
	void aSentenceWhoseSubjectIsNoNameIsNotReadAsAnotherDoer() {
		assertEquals("same", actor("Lisa Wagner schoss in Halle 40 Tore.", "Die Stürmerin schoss in Halle 40 Tore."));
	}

	@Test
	void theClaimsSubjectGovernedByAPrepositionAfterTheVerbIsNotItsDoer() {
		String sentence = "Die Österreicherin gewann mit zwei Sekunden Vorsprung vor Lisa Wagner.";
		assertEquals("another", actor("Lisa Wagner gewann das Rennen.", sentence));
		assertEquals("another", actor("Lisa Wagner gewann gegen Eva Moser.", "Die Favoritin gewann gegen Lisa Wagner."));
		assertEquals("another", actor("Lisa Wagner gewann gegen Eva Moser.", "Die Stürmerin aus Graz gewann den 5. Titel gegen Lisa Wagner."));
		assertEquals("same", actor("Lisa Wagner gewann das Rennen.", "Lisa Wagner gewann vor Eva Moser."));
		assertEquals("same", actor("Lisa Wagner gewann das Rennen.", "Nach dem Sturz von Lisa Wagner gewann sie doch noch."));
	}

	private static java.util.List<String> namedOtherwise(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		var alignment = Aligner.align(c, s);
		return c.terms().stream().filter(t -> AnotherActor.namedOtherwise(c, s, alignment, t)).map(t -> t.text()).toList();
	}

	@Test
	void theClaimsNamedSubjectIsNoGapWhereTheClauseNamesAnother() {
		String sentence = "Die Branche ist in Bewegung, denn gerade hat Siemens auf der Hannover Messe eine neue Turbine vorgestellt.";
		assertEquals(java.util.List.of("Bosch"), namedOtherwise("Bosch hat auf der Hannover Messe eine neue Turbine vorgestellt.", sentence));
		assertEquals(java.util.List.of(), namedOtherwise("Bosch hat auf der Hannover Messe eine neue Turbine vorgestellt.",
				"Auf der Hannover Messe wurde eine neue Turbine vorgestellt."));
		assertEquals(java.util.List.of(), namedOtherwise("Die Hannover Messe 2015 hat eine neue Turbine vorgestellt.",
				"Gestern hat Siemens auf der Hannover Messe eine neue Turbine vorgestellt."));
	}

	/** How the other doer is named: a common noun the tagger took for a name, or a name. */
	private static String named(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return AnotherActor.find(c, s, Aligner.align(c, s))
				.map(actor -> actor.describedByCommonNoun(s) ? "common noun" : "name").orElse("same");
	}

	@Test
	void aHeadlinesCommonNounMayDescribeTheClaimsSubject() {
		assertEquals("common noun", named("Lukas Brunner will sich im Sprint für die Spiele in Tokio qualifizieren.",
				"Österreicher will sich im Sprint für die Spiele in Tokio qualifizieren."));
		assertEquals("name", named("Lukas Brunner will sich im Sprint für die Spiele in Tokio qualifizieren.",
				"Kowalczyk will sich im Sprint für die Spiele in Tokio qualifizieren."));
	}

	@Test
	void aParticipleBeforeANounHasThatNounAsItsDoer() {
		assertEquals("same", actor("Jonas Hofer wechselt zu Fortuna Köln.",
				"Der Verteidiger gilt in Düsseldorf als Nachfolger des zu Fortuna Köln wechselnden Kapitäns Jonas Hofer."));
	}
}
