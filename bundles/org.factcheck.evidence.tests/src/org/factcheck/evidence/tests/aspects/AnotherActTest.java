package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.aspects.AnotherAct;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A sentence giving the claim's doer another act where the claim's verb is the word it leaves unsaid. */
class AnotherActTest {

	/** The sentence's verb that replaces the claim's unsaid verb, or "none". */
	private static String replacing(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		Alignment alignment = Aligner.align(c, s);
		return alignment.unrealised(term -> term.kind() == TermKind.VERB && Elements.isElement(term)).stream()
				.map(gap -> AnotherAct.find(c, s, alignment, gap)).flatMap(java.util.Optional::stream)
				.map(i -> s.tokens().get(i).text()).findFirst().orElse("none");
	}

	@Test
	void theDoerDoesSomethingElse() {
		assertEquals("verkaufte", replacing("Die Stadt behielt das alte Grundstück am Fluss.",
				"Die Stadt verkaufte das alte Grundstück am Fluss an einen Investor."));
		assertEquals("reparierte", replacing("Der Mechaniker zerlegte den Motor des Traktors.",
				"Am Morgen reparierte der Mechaniker den Motor des Traktors."));
		assertEquals("rannte", replacing("Der Junge blieb im Garten.", "Der Junge rannte aus dem Garten, als es donnerte."));
		assertEquals("abgerissen", replacing("Die alte Scheune wurde renoviert.", "Im Herbst wurde die alte Scheune abgerissen."));
	}

	@Test
	void theDoerAfterAReflexivePronounDoesSomethingElse() {
		assertEquals("entschuldigte", replacing("Die Parteichefin Anna Berger verteidigte die Aussagen ihres Stellvertreters.",
				"Nach harter Kritik entschuldigte sich die Parteichefin Anna Berger im Radio für die Aussagen ihres Stellvertreters."));
	}

	@Test
	void theDoerIsSomethingElse() {
		assertEquals("dagegen", replacing("Die Opposition unterstützt den Antrag.",
				"Über den Antrag wird am Dienstag abgestimmt: Die Opposition ist dagegen."));
		assertEquals("zufrieden", replacing("Der Trainer verließ die Mannschaft.",
				"Der Trainer war nach dem Spiel mit der Mannschaft zufrieden."));
	}

	@Test
	void theDoerNamedWithATitleActsAfterARelativeClauseOnIt() {
		assertEquals("hofft", replacing("Bürgermeisterin Jana Keller lobte die Bauarbeiter.",
				"Bürgermeisterin Jana Keller, die das Projekt vor drei Jahren angestoßen hat, hofft auf ein baldiges Ende der Bauarbeiten."));
		assertEquals("none", replacing("Bürgermeisterin Jana Keller lobte die Bauarbeiter.",
				"Bürgermeisterin Jana Keller, die die Bauarbeiter lobte, hofft auf ein baldiges Ende der Arbeiten."));
	}

	@Test
	void theDoerNamedInAPhraseOfTheSubjectDoesSomethingElse() {
		assertEquals("verfolgte", replacing("Die Polizisten verhafteten den Dieb im Bahnhof.",
				"Eine Gruppe von Polizisten verfolgte den Dieb im Bahnhof."));
		assertEquals("trockneten", replacing("Die Bauern ernteten den Mais auf dem Feld.",
				"Die Helfer von den Bauern trockneten den Mais auf dem Feld."));
	}

	@Test
	void noOtherActOfTheDoer() {
		assertEquals("none", replacing("Die Stadt behielt das alte Grundstück am Fluss.",
				"Das alte Grundstück der Stadt am Fluss wurde nie verkauft."));
		assertEquals("none", replacing("Der Bürgermeister eröffnete die neue Brücke.",
				"Die neue Brücke des Bürgermeisters wurde am Sonntag gesperrt."));
		assertEquals("none", replacing("Der Lehrer versuchte, den Schülern die Aufgabe zu erklären.",
				"Der Lehrer erklärte den Schülern die Aufgabe in einfachen Worten."));
		assertEquals("none", replacing("Die Bewohner des Dorfes feierten das Ende der Ernte.",
				"Das Ende der Ernte war für die Bewohner des Dorfes ein großes Ereignis."));
		assertEquals("none", replacing("Die Vorhänge wurden von Hand gefärbt.", "Sie entwarf, schnitt und nähte die Vorhänge von Hand."));
		assertEquals("none", replacing("Die Vorhänge wurden von Hand gefärbt.", "Die Schneiderin nähte die Vorhänge von Hand."));
	}

	@Test
	void thePersonNamedByAPronounDoesSomethingElse() {
		assertEquals("fotografierte", replacing("Er konnte den alten Leuchtturm sehen.",
				"Er fotografierte den alten Leuchtturm vom Strand aus."));
		assertEquals("gestimmt", replacing("Ich wollte das alte Klavier meiner Großmutter verkaufen.",
				"Ich habe das alte Klavier meiner Großmutter gestimmt."));
	}

	@Test
	void noOtherActOfThePronoun() {
		assertEquals("none", replacing("Er konnte den alten Leuchtturm sehen.", "Vom Strand aus sah er den alten Leuchtturm."));
		assertEquals("none", replacing("Er konnte den alten Leuchtturm sehen.",
				"Der alte Leuchtturm wurde von ihm am Morgen fotografiert."));
		assertEquals("none", replacing("Sie wollte den alten Leuchtturm besuchen.",
				"Er fotografierte den alten Leuchtturm vom Strand aus."));
		assertEquals("none", replacing("Sie ist schwer zu überzeugen.", "Sie ist schwer zu finden."));
	}
}
