package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.ClauseDenial;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A negation anywhere in the clause of the sentence word realising the claim's verb, predicative adjective or predicative noun. */
class ClauseDenialTest {

	/** The denying word, or "none". */
	private static String denial(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return ClauseDenial.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aNegationAwayFromTheVerbDeniesItsClause() {
		assertEquals("nicht", denial("Das neue Boot ist für Fahrten auf offener See gebaut.",
				"Das neue Boot ist nicht für Fahrten auf offener See gebaut, sondern für kleine Seen."));
		assertEquals("nicht", denial("Die Sängerin gewann den Preis der Jury.", "Die Sängerin gewann den Preis der Jury nicht."));
		assertEquals("nie", denial("Der Bäcker hat das Rezept an seine Kunden verraten.",
				"Der Bäcker hat das Rezept nie an seine Kunden verraten."));
	}

	@Test
	void wederDeniesEachPartOfItsClause() {
		assertEquals("weder", denial("Laut dem Verein wird bei den Sitzungen eine Liste geführt.",
				"Laut dem Verein werde weder eine Liste geführt noch ein Bericht veröffentlicht."));
		assertEquals("weder", denial("Laut dem Verein wird ein Bericht veröffentlicht.",
				"Laut dem Verein werde weder eine Liste geführt noch ein Bericht veröffentlicht."));
		assertEquals("Weder", denial("Der Bürgermeister hat den Vertrag unterschrieben.",
				"Weder der Bürgermeister noch sein Stellvertreter haben den Vertrag unterschrieben."));
	}

	@Test
	void aNegationInTheCopulaClauseOfThePredicativeNounDeniesIt() {
		assertEquals("nicht", denial("Ein Kurzschluss war die Ursache des Brandes.",
				"Ein Kurzschluss war nicht die Ursache des Brandes, sagte der Sprecher der Feuerwehr."));
		assertEquals("nicht", denial("Das defekte Kabel war die Ursache des Brandes.",
				"Die Ursache des Brandes war das defekte Kabel nicht, im Keller hätte es aber später Probleme gegeben."));
		assertEquals("none", denial("Ein Kurzschluss war die Ursache des Brandes.",
				"Ein Kurzschluss war die Ursache des Brandes, nicht ein Blitz."));
		assertEquals("none", denial("Der Sprecher der Feuerwehr nannte den Brand gefährlich.",
				"Der Sprecher der Feuerwehr nannte den Brand gefährlich, verletzt wurde aber niemand."));
	}

	@Test
	void phrasesThatDoNotNegateAndOtherClausesDoNotCount() {
		assertEquals("none", denial("Die Sängerin gewann den Preis der Jury.",
				"Die Sängerin gewann nicht nur den Preis der Jury, sondern auch den des Publikums."));
		assertEquals("none", denial("Die Sängerin gewann den Preis der Jury.",
				"Die Sängerin gewann den Preis der Jury, obwohl ihr Bruder nicht kam."));
		assertEquals("none", denial("Die Sängerin gewann den Preis der Jury.",
				"Die Sängerin gewann den Preis der Jury und ihr Bruder kam nicht."));
	}

	@Test
	void aNegatedPhraseTheClaimDoesNotContainIsLeftToTheOtherRules() {
		assertEquals("none", denial("Der Bürgermeister tritt bei der Wahl an.",
				"Der Bürgermeister will bei der Wahl nicht als Kandidat der Grünen antreten."));
		assertEquals("none", denial("Die Sängerin gewann den Preis der Jury nicht.", "Die Sängerin gewann den Preis der Jury nicht."));
	}

	@Test
	void aPredicativeNounBeforeTheClosingSeinIsDeniedInItsClause() {
		assertEquals("niemals", denial("Der Autor meint, der Dichter werde ein Prophet sein.",
				"Der Dichter wird zwar niemals ein Prophet sein, aber zumindest ein Helfer."));
		assertEquals("nicht", denial("Die Feuerwehr sagt, dass ein Kurzschluss die Ursache war.",
				"Ein Kurzschluss soll nicht die Ursache gewesen sein."));
		assertEquals("none", denial("Der Autor meint, der Dichter werde ein Prophet sein.",
				"Der Dichter wird ein Prophet sein, nicht ein Helfer."));
	}

	@Test
	void wederOpeningTheClauseDeniesIt() {
		assertEquals("weder", denial("Bei dem Treffen wird ein Protokoll geführt.",
				"Laut den Veranstaltern werde weder ein Protokoll geführt noch ein Bericht veröffentlicht."));
		assertEquals("none", denial("Bei dem Treffen wird ein Protokoll geführt.",
				"Laut den Veranstaltern werde ein Protokoll geführt und ein Bericht veröffentlicht."));
	}
}
