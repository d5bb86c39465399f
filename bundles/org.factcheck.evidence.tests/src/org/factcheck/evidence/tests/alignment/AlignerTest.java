package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.factcheck.evidence.terms.Thesaurus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching a claim's content words in a sentence that says the same in other words. */
class AlignerTest {

	private static Alignment align(String claim, String sentence) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		return Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
	}

	private static TermMatch match(Alignment alignment, String claimWord) {
		return alignment.matches().stream().filter(m -> m.claimTerm().text().equals(claimWord)).findFirst()
				.orElseThrow(() -> new AssertionError(claimWord + " is no content word of the claim: " + alignment));
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Die Regierungssprecherin widersprach.|Die Sprecherin der Regierung widersprach.|Regierungssprecherin",
			"Die Grenzübertritte nahmen zu.|Viele wollten die Grenze überschreiten.|Grenzübertritte",
			"Die Lieferung verzögerte sich.|Die Waffenlieferungen verzögerten sich.|Lieferung",
			"Seoul erwägt die Entsendung von Beobachtern.|Seoul will Beobachter entsenden.|Entsendung",
			"Die Änderung kam spät.|Sie wollten das Gesetz ändern.|Änderung",
			"Die UN verurteilten den Angriff.|Die Vereinten Nationen verurteilten den Angriff.|UN",
			"Der Europäische Gerichtshof hob das Urteil auf.|Der EuGH hob das Urteil auf.|Gerichtshof",
			"Der Verwaltungsgerichtshof wies die Klage ab.|Der VwGH wies die Klage ab.|Verwaltungsgerichtshof",
			"Die Gespräche dauerten an.|Die beiden sprachen lange miteinander.|Gespräche",
			"Japan ist besorgt.|Die japanische Regierung ist besorgt.|Japan",
			"Russland schickte Hilfe.|Die russische Armee schickte Hilfe.|Russland",
			"Die Schweiz verlor das Finale.|Die Schweizer verloren das Finale.|Schweiz",
			"Die Russen gewannen das Turnier.|Russland gewann das Turnier.|Russen",
			"Deutschlands Elf siegte knapp.|Die Deutschen siegten knapp.|Deutschlands",
			"Die Mitarbeiter wurden angemeldet.|Die gemeldeten Mitarbeiter warten.|angemeldet",
			"Müller hat die Brücke entworfen.|Die von Müller entworfene Brücke ist alt.|entworfen",
			"Sie hat den Brief geschrieben.|Der von ihr geschriebene Brief kam an.|geschrieben",
			"Es erinnert an Artikel 5.|Es erinnert an den fünften Artikel.|5",
			"Es erinnert an Artikel 12.|Es erinnert an den zwölften Artikel.|12",
			"Es kamen 7 Minister.|Es kamen sieben Minister.|7",
			"Der Chor hat 24 Sänger.|Der Chor hat vierundzwanzig Sänger.|24",
			"Die Steuer beträgt 30 Prozent.|Es sind dreißig Prozent Steuer zu zahlen.|30",
			"Sie feierte den 40. Geburtstag.|Sie feierte ihren vierzigsten Geburtstag.|40",
			"Der Hafen ist der wichtigste Umschlagplatz der Region.|Der Hafen ist der Hauptumschlagplatz der Region.|wichtigste",
			"Die Konferenz tagte unter Schirmherrschaft der Europäischen Union.|Die Konferenz tagte unter EU-Schirmherrschaft.|Schirmherrschaft" })
	void paraphrasedWordIsFound(String claim, String sentence, String word) {
		TermMatch match = match(align(claim, sentence), word);
		assertTrue(match.score() >= 0.75, match.toString());
	}

	@Test
	void aHyphenatedNounWithAnotherNamedFirstPartIsNotTheClaims() {
		assertTrue(match(align("Die Grabung auf dem Palatin-Hügel begann im Mai.", "Die Grabung auf dem Quirinal-Hügel begann im Mai."),
				"Palatin-Hügel").score() < Alignment.REALISED);
		assertTrue(match(align("Der ÖVP-Chef kritisierte den Plan.", "Der SPÖ-Chef kritisierte den Plan."), "ÖVP-Chef").score() < Alignment.REALISED);
	}

	@Test
	void aHyphenatedNounWithAShortOrEquivalentFirstPartIsStillFound() {
		assertTrue(match(align("Zwei PwC-Mitarbeiter stehen vor Gericht.", "Zwei Ex-Mitarbeiter stehen vor Gericht."), "PwC-Mitarbeiter")
				.score() >= Alignment.REALISED);
		assertTrue(match(align("Er will UN-Generalsekretär werden.", "Er will UNO-Generalsekretär werden."), "UN-Generalsekretär")
				.score() >= Alignment.REALISED);
	}

	@Test
	void inhabitantsOfAnotherCountryAreNotTheCountry() {
		assertTrue(match(align("Die Schweiz verlor das Finale.", "Die Schweden verloren das Finale."), "Schweiz").score() < Alignment.REALISED);
		assertTrue(match(align("Die Russen gewannen das Turnier.", "Polen gewann das Turnier."), "Russen").score() < Alignment.REALISED);
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"Borussia Hagen gewann gegen Eintracht Lingen.|Borussia Hagen besiegte am Sonntag Eintracht Lingen.|gewann",
			"Borussia Hagen gewann das Spiel gegen Eintracht Lingen mit 3:1.|Borussia Hagen schlug Eintracht Lingen mit 3:1.|gewann",
			"Die Hagener Füchse siegten in Lingen gegen die Eisbären.|Die Hagener Füchse besiegten die Eisbären in Lingen.|siegten",
			"Borussia Hagen besiegte Eintracht Lingen.|Borussia Hagen siegte am Sonntag gegen Eintracht Lingen.|besiegte",
			"Borussia Hagen schlug Eintracht Lingen mit 2:0.|Borussia Hagen gewann mit 2:0 gegen Eintracht Lingen.|schlug",
			"Die Hagener besiegten Lingen.|Im Finale schlugen die Hagener Lingen.|besiegten" })
	void aWinOverAnOpponentIsSaidEitherWay(String claim, String sentence, String word) {
		TermMatch match = match(align(claim, sentence), word);
		assertTrue(match.score() >= Alignment.REALISED, match.toString());
	}

	@Test
	void aWinWithoutAnOpponentOrAnotherSchlagenIsNoDefeat() {
		assertTrue(match(align("Borussia Hagen gewann die Meisterschaft.", "Borussia Hagen besiegte Eintracht Lingen."), "gewann")
				.score() < Alignment.REALISED);
		assertTrue(match(align("Borussia Hagen besiegte Eintracht Lingen.", "Borussia Hagen gewann in Lingen die Meisterschaft."),
				"besiegte").score() < Alignment.REALISED);
		assertTrue(match(align("Anna Berger schlug im Finale zwölf Asse.", "Anna Berger gewann im Finale gegen Lena Vogt."),
				"schlug").score() < Alignment.REALISED);
		assertTrue(match(align("Anna Berger gewann im Finale gegen Lena Vogt.", "Anna Berger schlug im Finale 12 Asse."),
				"gewann").score() < Alignment.REALISED);
		assertTrue(match(align("Anna Berger gewann gegen Lena Vogt.", "Anna Berger schlug Lena Vogt einen Vergleich vor."),
				"gewann").score() < Alignment.REALISED);
	}

	@Test
	void aNameIsNotTheVerbWithItsKey() {
		assertEquals(0.0, match(align("Schaffer ist 19 Jahre alt.", "Im Dezember dürfte sie den Sprung schaffen."), "Schaffer").score());
	}

	@Test
	void inflectedFormsAreTheSameWord() {
		Alignment alignment = align("Nordkorea schickte Soldaten nach Russland.",
				"Nordkoreas Soldaten wurden nach Russland geschickt.");
		assertEquals(1.0, alignment.coverage(), 1e-9, alignment.toString());
	}

	@Test
	void compoundPartAloneIsAPartialMatch() {
		TermMatch match = match(align("Die Regierungssprecherin widersprach.", "Die Regierung widersprach."),
				"Regierungssprecherin");
		assertTrue(match.score() > 0 && match.score() < 0.75, match.toString());
	}

	@Test
	void unrelatedWordsDoNotMatch() {
		Alignment alignment = align("Die Grenzübertritte nahmen zu.", "Der Export von Autos brach ein.");
		assertEquals(0, match(alignment, "Grenzübertritte").score());
		assertTrue(alignment.coverage() < 0.2, alignment.toString());
	}

	@Test
	void aHyphenatedPairingIsNotMadeUpFromWordsBesideAnotherPairing() {
		TermMatch pairing = match(align("Die Brücke baute ein polnisch-tschechisches Team.",
				"Die Brücke baute ein polnisch-slowakisches Team, das tschechische Ministerium zahlte."), "polnisch-tschechisches");
		assertTrue(pairing.score() < 1.0, pairing.toString());
		TermMatch spread = match(align("Die Brücke baute ein polnisch-tschechisches Team.",
				"Die Brücke baute ein Team aus polnischen und tschechischen Firmen."), "polnisch-tschechisches");
		assertEquals(1.0, spread.score(), 1e-9, spread.toString());
		TermMatch onePart = match(align("Die Brücke baute ein polnisch-tschechisches Team.", "Die Brücke baute ein polnisches Team."),
				"polnisch-tschechisches");
		assertTrue(onePart.score() < 0.7, onePart.toString());
	}

	@Test
	void synonymFromTheThesaurusIsFound() {
		TermMatch match = match(align("Die Sitzung begann um neun.", "Die Sitzung startete um neun."), "begann");
		assertEquals(TermMatch.How.SYNONYM, match.how(), match.toString());
	}

	@Test
	void aPluralOnlyFormIsLookedUpByItsSingularToo() {
		TermMatch experts = match(align("Fachleute halten den Plan für riskant.", "Experten halten den Plan für riskant."), "Fachleute");
		assertEquals(TermMatch.How.SYNONYM, experts.how(), experts.toString());
		TermMatch traders = match(align("Die Händler protestierten.", "Die Kaufleute protestierten."), "Händler");
		assertEquals(TermMatch.How.SYNONYM, traders.how(), traders.toString());
	}

	@Test
	void aWordCapitalisedOnlyToOpenTheSentenceIsTheSameWord() {
		TermMatch affected = match(align("Von der Schließung könnten 40 Lehrer betroffen sein.",
				"Betroffen sein könnten 40 Lehrer und 12 Hausmeister."), "betroffen");
		assertEquals(TermMatch.How.SAME, affected.how(), affected.toString());
	}

	@Test
	void aSeparablePrefixKeepsTheVerbButAnInseparableOneMakesAnother() {
		TermMatch registered = match(align("Der Minister meldete den Besuch.", "Der Minister hat den Besuch angemeldet."), "meldete");
		assertEquals(TermMatch.How.DERIVED, registered.how(), registered.toString());
		TermMatch sold = match(align("Tom kaufte das alte Auto.", "Tom verkaufte das alte Auto."), "kaufte");
		assertEquals(0, sold.score(), sold.toString());
		TermMatch unloaded = match(align("Die Arbeiter luden den Wagen.", "Die Arbeiter entluden den Wagen."), "luden");
		assertEquals(0, unloaded.score(), unloaded.toString());
	}

	@Test
	void aParticipleIsMatchedWithItsOwnVerbOnlyWhenAskedAgain() {
		for (int i = 0; i < 2; i++) {
			TermMatch designed = match(align("Müller entwarf die Brücke.", "Die von Müller entworfene Brücke ist alt."), "entwarf");
			assertEquals(TermMatch.How.DERIVED, designed.how(), designed.toString());
			TermMatch thrown = match(align("Müller warf die Brücke.", "Die von Müller entworfene Brücke ist alt."), "warf");
			assertEquals(0, thrown.score(), thrown.toString());
		}
	}

	@Test
	void aWordIsNotRealisedByItsPrivativeDerivation() {
		TermMatch free = match(align("Das Museum ist kostenlos.", "Der Eintritt ins Museum kostet zehn Euro."), "kostenlos");
		assertEquals(0, free.score(), free.toString());
		TermMatch costs = match(align("Der Eintritt ins Museum kostet zehn Euro.", "Der Eintritt ins Museum ist kostenlos."), "kostet");
		assertEquals(0, costs.score(), costs.toString());
	}

	@Test
	void narrowerWordRealisesTheBroaderOneButNotTheOtherWayRound() {
		TermMatch broad = match(align("Ein Tier saß auf dem Tisch.", "Ein Insekt saß auf dem Tisch."), "Tier");
		assertEquals(TermMatch.How.NARROWER, broad.how(), broad.toString());
		TermMatch narrow = match(align("Ein Insekt saß auf dem Tisch.", "Ein Tier saß auf dem Tisch."), "Insekt");
		assertEquals(0, narrow.score(), narrow.toString());
	}

	@Test
	void aNounIsNotRealisedByAVerbWhoseBroaderTermIsOnlyWrittenLikeIt() {
		TermMatch shoes = match(align("Die Kinder brauchen neue Kleidung.", "Die Kinder laufen jeden Tag zur Schule."), "Kleidung");
		assertEquals(0, shoes.score(), shoes.toString());
		TermMatch resignation = match(align("Der Minister kündigte seinen Rücktritt an.",
				"Das Gesetz soll den Firmen die Arbeit erleichtern."), "Rücktritt");
		assertEquals(0, resignation.score(), resignation.toString());
	}

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource({ "trump, trumps, true", "trumps, trump, true", "nordkoreas, nordkorea, true", "trump, trump, true",
			"abc, abcs, false", "trumpx, trump, false", "trump, trumpss, false", "strumps, trump, false" })
	void keysDifferingByAFinalSAreTheSameName(String a, String b, boolean same) {
		assertEquals(same, Aligner.sameKey(a, b));
	}

	@Test
	void aClaimPreparedOnceAlignsWithEachSentenceAsItselfDoes() {
		TextAnalyzer analyzer = TextAnalyzer.german();
		var claim = analyzer.analyze("Die Regierungssprecherin Japans sagte, ein Tier habe die Sitzung begonnen.");
		var prepared = Aligner.prepare(claim);
		for (String sentence : List.of("Die Sprecherin der japanischen Regierung widersprach.",
				"Ein Insekt startete die Sitzung.", "Der Export von Autos brach ein.")) {
			var analysis = analyzer.analyze(sentence);
			Alignment once = Aligner.align(prepared, analysis);
			assertEquals(Aligner.align(claim, analysis), once, sentence);
			assertEquals(once, Aligner.align(prepared, analysis, Aligner.thesaurusIds(analysis)), sentence);
			assertEquals(once.coverage(term -> true), once.coverage(), 0.0, sentence);
		}
	}

	@Test
	void aSentencesThesaurusIdsAreItsWordsIdsInOrder() {
		var analysis = TextAnalyzer.german().analyze("Ein Insekt startete die Sitzung mit Xqzvw.");
		int[] ids = Aligner.thesaurusIds(analysis);
		assertEquals(analysis.terms().size(), ids.length);
		for (int i = 0; i < ids.length; i++) {
			assertEquals(Thesaurus.german().id(analysis.terms().get(i).key()), ids[i], analysis.terms().get(i).key());
		}
		assertTrue(ids[0] >= 0, "Insekt is in the thesaurus");
		assertEquals(-1, ids[ids.length - 1], "Xqzvw is not");
		assertThrows(IllegalArgumentException.class,
				() -> Aligner.align(Aligner.prepare(analysis), analysis, new int[ids.length + 1]));
	}

	/** A dateline gives where the report was filed, not where the reported thing happened. */
	@Test
	void datelinePlaceRealisesNoPlace() {
		assertTrue(match(align("In Linz stiegen die Mieten.", "Linz – In Oberösterreich stiegen die Mieten."), "Linz")
				.score() < 0.5);
		assertTrue(match(align("In Linz stiegen die Mieten.", "Die Lage ist ruhig. Linz (dpa) – Die Mieten stiegen."),
				"Linz").score() < 0.5);
		assertEquals(1.0, match(align("In Linz stiegen die Mieten.", "In Linz stiegen – wie erwartet – die Mieten."),
				"Linz").score());
	}

	/** A name before a dash that opens an aside is the sentence's subject, not a dateline. */
	@Test
	void aNameBeforeADashOpeningAnAsideIsNoDateline() {
		Alignment alignment = align("Parteichef Selahattin Demirtas soll das Mandat entzogen werden.",
				"Parteichef Selahattin Demirtas – dem das Mandat ebenfalls entzogen werden soll – hatte gewarnt.");
		assertEquals(1.0, match(alignment, "Demirtas").score(), alignment.toString());
		assertEquals(1.0, match(alignment, "Selahattin").score(), alignment.toString());
	}

	/** Every dash a dateline may have, after any white space; a hyphen inside a word is none. */
	@Test
	void datelineDashes() {
		for (String dash : new String[] { "-", "–", "—" }) {
			assertTrue(match(align("In Linz stiegen die Mieten.", "Linz\t" + dash + " In Oberösterreich stiegen die Mieten."),
					"Linz").score() < 0.5, dash);
			assertTrue(match(align("In Linz stiegen die Mieten.", "Die Lage ist ruhig.\nLinz " + dash + "\tDie Mieten stiegen."),
					"Linz").score() < 0.5, dash);
		}
		assertEquals(1.0, match(align("In Linz stiegen die Mieten.", "Linz-Urfahr meldet: In Linz stiegen die Mieten."),
				"Linz").score());
	}

	@Test
	void aNameOfSeveralWordsIsRealisedWhereItsWordsStandTogether() {
		Alignment alignment = align("Apple hat auf der Google I/O eine App gezeigt.",
				"Gestern hat Google auf der Google I/O eine App gezeigt.");
		assertEquals(5, match(alignment, "Google").sentenceTerm().index(), alignment.toString());
	}

	@Test
	void theFirstPartOfACompoundAloneSharesNoStemWithIt() {
		Alignment alignment = align("Der Konzernchef sprach.", "Der Konzern sprach.");
		assertTrue(match(alignment, "Konzernchef").score() < Alignment.REALISED, alignment.toString());
	}

	@Test
	void aFirstPartLeftOpenBeforeAConjunctionIsCompletedByTheCompoundAfterIt() {
		Alignment alignment = align("Er baut Spiele mit HTML5 nach.", "Er arbeitet an HTML5- und Javascript-Nachbauten alter Spiele.");
		assertEquals("HTML5-", match(alignment, "HTML5").sentenceTerm().text(), alignment.toString());
		Alignment passports = align("Die Visa-Pflicht wurde abgeschafft.", "Die Visa- und Pass-Pflicht wurde abgeschafft.");
		assertEquals(1.0, match(passports, "Visa-Pflicht").score(), passports.toString());
	}
}
