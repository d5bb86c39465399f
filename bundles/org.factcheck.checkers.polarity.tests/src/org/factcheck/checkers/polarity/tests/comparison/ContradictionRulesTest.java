package org.factcheck.checkers.polarity.tests.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.checkers.polarity.PolarityChecker;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.tests.harness.CheckerHarness;
import org.factcheck.engine.tests.harness.HandWrittenCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quantifier, frequency and modality clashes, reversed roles and order of events, exclusive claims against a source
 * naming more (nur A / A und B), opposite prepositions (unter / über, vor / nach) and everyday
 * opposite states, on hand-written German sentences: each conflicting claim is checked against a
 * one-sentence source that says the same with the clashing word, and a compatible claim against
 * the same source.
 */
class ContradictionRulesTest {

	private static final CheckerHarness CHECKERS = PolarityRules.checkers();

	@RegisterExtension
	static final HandWrittenCorpus CORPUS = PolarityRules.oneSentenceSources(documents());

	private static Map<String, String> documents() {
		Map<String, String> documents = new LinkedHashMap<>();
		documents.put("pruefung", "Nur wenige Schüler der Abschlussklasse bestanden die schriftliche Prüfung.");
		documents.put("bus", "Der Bus der Linie 7 kommt am Bahnhof selten pünktlich an.");
		documents.put("kurs", "Die Teilnahme am Erste-Hilfe-Kurs ist für alle Mitarbeiter freiwillig.");
		documents.put("hund", "Der Briefträger jagte den Hund des Nachbarn.");
		documents.put("karte", "Die Mitarbeiter können die Firmenkarte für Hotelkosten verwenden.");
		documents.put("sammlung", "Die Sammlung des Klosters enthält Briefe und Tagebücher des Abtes.");
		documents.put("toepferkurs", "Der Töpferkurs im Gemeindezentrum richtet sich an Kinder und Erwachsene.");
		documents.put("dorf", "Das Dorf am Deich liegt zwei Meter über dem Meeresspiegel.");
		documents.put("kirche", "Die Pfarrkirche von Lendorf wurde nach dem Krieg gebaut.");
		documents.put("fischer", "Vor zehn Jahren zwangen Unwetter und Stürme die Fischer von Lendorf zur Aufgabe.");
		documents.put("brueder", "Die beiden Brüder wohnten in Graz getrennt.");
		documents.put("radweg", "Der Bürgermeister eröffnete den Radweg am Fluss nicht.");
		documents.put("heizung", "Die neue Heizung im Rathaus ist leider defekt.");
		documents.put("zeuge", "Der Trainer hatte bereits als Zeuge ausgesagt, bevor er den Brief an den Verband schrieb.");
		documents.put("band", "Die Band spielte auf dem Stadtfest.");
		documents.put("kraftklub", "Die Band Kraftklub tritt jeden Sommer auf dem Stadtfest auf.");
		documents.put("lendorf", "Die Stadt Lendorf ist eine große Ansammlung von weißen Häusern auf einem Hügel.");
		documents.put("bibel", "Für die Übersetzer bestand die Bibel aus dem Alten und dem Neuen Testament.");
		documents.put("dach", "Die Feuerwehr wurde darüber unterrichtet, dass es nicht möglich ist, Menschen vom Dach zu retten.");
		documents.put("huber", "Am Sonntag war die Familie Huber den ganzen Tag zu Hause.");
		documents.put("park", "Im Park der Stadt steht ein modernes Gebäude aus Glas.");
		documents.put("woerterbuch", "Ein gutes Wörterbuch erfordert weit mehr als nur die Fähigkeiten eines Spezialisten.");
		documents.put("schwimmkurs", "Der Schwimmkurs im Hallenbad richtet sich nicht nur an Kinder.");
		documents.put("probe", "Die Probe muss eine Stunde lang im Kühlschrank bleiben, danach zwei Stunden ohne Kühlung.");
		documents.put("probe-verdirbt", "Die Probe darf nicht im Kühlschrank bleiben, weil sie sonst verdirbt.");
		documents.put("umbau", "Für den Umbau der alten Mühle brauchten die Handwerker am Ende drei Monate.");
		documents.put("schluessel", "Nach einer langen Suche fand der Hausmeister den Schlüssel erst nach zwei Stunden.");
		documents.put("streik", "Der Streik der Fahrer dauerte wochenlang und legte den Busverkehr lahm.");
		documents.put("vorjahr", "Vor zwei Jahren eröffnete die Bäckerei am Markt eine Filiale.");
		documents.put("hort", "Eltern zahlen für die Betreuung ihrer Kinder im Hort der Gemeinde.");
		documents.put("moor", "Das Moor am Stadtrand hat sich in den letzten Jahren deutlich erweitert.");
		documents.put("kiel", "Natürlich gibt es viele alte und schöne Boote, die im Hafen von Kiel liegen.");
		documents.put("steg", "Radfahrer dürfen über den neuen Steg am Fluss fahren.");
		documents.put("burg", "Das Fotografieren ist in der Burg verboten.");
		documents.put("wirt", "Der Wirt des Gasthofs begrüßte die Wanderer freundlich.");
		documents.put("theater", "Die Künstler des Theaters arbeiten mit Kindern.");
		documents.put("anna", "Anna hasst ihren Hund.");
		documents.put("ersatzteile", "Die Werkstatt hat nicht genug Ersatzteile.");
		documents.put("nebenkosten", "Der Mieter weigerte sich, die Nebenkosten zu bezahlen.");
		documents.put("heizung-repariert", "Der Vermieter reparierte die Heizung im Keller.");
		documents.put("heizung-abgelehnt", "Der Vermieter lehnte es ab, die Heizung im Keller zu reparieren.");
		documents.put("keller", "Der Hausmeister weigerte sich nicht, den Keller aufzuräumen.");
		documents.put("baecker", "Nicht alle Bäcker im Dorf öffnen am Sonntag.");
		documents.put("fenster", "Die Vermieterin lehnte es ab, die Fenster im Treppenhaus zu erneuern.");
		return documents;
	}

	@Test
	void universalQuantifierAgainstFewConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Alle Schüler der Abschlussklasse bestanden die schriftliche Prüfung.", "pruefung"),
				"gives another quantity: \u201Ewenige\u201C where the claim says \u201EAlle\u201C");
	}

	@Test
	void alwaysAgainstRarelyConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Bus der Linie 7 kommt am Bahnhof immer pünktlich an.", "bus"),
				"gives another frequency: \u201Eselten\u201C where the claim says \u201Eimmer\u201C");
	}

	@Test
	void obligationAgainstVoluntaryConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Teilnahme am Erste-Hilfe-Kurs ist für alle Mitarbeiter verpflichtend.", "kurs"),
				"gives another modality: \u201Efreiwillig\u201C where the claim says \u201Everpflichtend\u201C");
	}

	@Test
	void reversedRolesConflictInActiveAndPassive() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Hund des Nachbarn jagte den Briefträger.", "hund"),
				"has the roles the other way round");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Briefträger wurde vom Hund des Nachbarn gejagt.", "hund"),
				"has the roles the other way round");
	}

	@Test
	void twoEventsToldInTheOtherOrderConflict() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Trainer schrieb den Brief an den Verband, bevor er als Zeuge aussagte.", "zeuge"),
				"tells the two events in the other order");
	}

	@Test
	void twoEventsInTheSameOrderAreSupported() throws IOException {
		assertSupportedWithoutPolarityFinding("Der Trainer hatte als Zeuge ausgesagt, bevor er den Brief an den Verband schrieb.",
				"zeuge");
	}

	@Test
	void theSameRolesInThePassiveAreSupported() throws IOException {
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(CORPUS.store(), "Der Hund des Nachbarn wurde vom Briefträger gejagt.", "hund")
				.verdictValue());
	}

	@Test
	void aWeakerDegreeOfTheSameSideIsNoConflict() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Einige Schüler der Abschlussklasse bestanden die schriftliche Prüfung.",
				"pruefung");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)), result.findings().toString());
	}

	@Test
	void aClaimOfObligationIsNotStatedByAPermission() throws IOException {
		assertNotEquals(Verdict.SUPPORTED, CHECKERS.verify(CORPUS.store(), "Die Mitarbeiter müssen die Firmenkarte für Hotelkosten verwenden.",
				"karte").verdictValue());
		assertEquals(Verdict.SUPPORTED, CHECKERS.verify(CORPUS.store(), "Die Mitarbeiter können die Firmenkarte für Hotelkosten verwenden.",
				"karte").verdictValue());
	}

	private static void assertSupportedWithoutPolarityFinding(String claim, String cited) throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), claim, cited);
		assertNoPolarityFinding(result);
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), result.verdict().reason());
	}

	private static void assertNoPolarityFinding(ClaimResult result) {
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)),
				result.findings().toString());
	}

	@Test
	void onlyOneThingAgainstTwoConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Sammlung des Klosters enthält nur Briefe des Abtes.", "sammlung"),
				"names \u201ETagebücher\u201C beside \u201EBriefe\u201C where the claim says \u201Enur\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Töpferkurs im Gemeindezentrum richtet sich nur an Kinder.", "toepferkurs"),
				"names \u201EErwachsene\u201C beside \u201EKinder\u201C");
	}

	@Test
	void oneOfTwoThingsWithoutOnlyIsNoConflict() throws IOException {
		assertSupportedWithoutPolarityFinding("Der Töpferkurs im Gemeindezentrum richtet sich an Kinder.", "toepferkurs");
	}

	@Test
	void oppositePrepositionsConflict() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Das Dorf am Deich liegt unter dem Meeresspiegel.", "dorf"),
				"says the opposite: \u201Eüber\u201C where the claim says \u201Eunter\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Pfarrkirche von Lendorf wurde vor dem Krieg gebaut.", "kirche"),
				"says the opposite: \u201Enach\u201C where the claim says \u201Evor\u201C");
	}

	@Test
	void aPrepositionOfAnotherNounIsNoOppositeRelation() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(),
				"Vor zehn Jahren mussten die Fischer von Lendorf nach Unwettern und Stürmen aufgeben.", "fischer");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.verdict().reason());
	}

	@Test
	void theSamePrepositionSupports() throws IOException {
		assertSupportedWithoutPolarityFinding("Das Dorf am Deich liegt über dem Meeresspiegel.", "dorf");
	}

	@Test
	void aBrokenThingIsNotAWorkingOne() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die neue Heizung im Rathaus funktioniert leider.", "heizung"),
				"\u201Edefekt\u201C");
	}

	@Test
	void togetherIsNotApart() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die beiden Brüder wohnten in Graz zusammen.", "brueder"), "\u201Egetrennt\u201C");
	}

	@Test
	void aCitedSentenceNegatingThePredicateConflictsWithHalfTheClaimsOtherWords() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Bürgermeister eröffnete den neuen Radweg am Fluss mit einer langen Rede vor Gästen.",
				"radweg"), "negates it");
	}

	/** A claim that adds much the source does not say: its cited closest sentence still states what it denies. */
	@Test
	void aCitedSentenceStatingWhatTheClaimDeniesConflictsWithAFifthOfTheClaimsOtherWords() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Die Band spielte trotz vieler Anfragen von Veranstaltern aus dem Ausland nie auf dem Stadtfest.", "band"),
				"states it without the negation");
	}

	@Test
	void theClosestCitedSentenceConflictsWithADenialOfWhatItDoesNotSayWhenItSharesAFifthOfTheClaim() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Die Band Kraftklub hat wegen der Anfragen von Veranstaltern aus Übersee, Kanada und Japan nie ein Album aufgenommen.",
				"kraftklub"), "states without negation what the claim denies");
	}

	/** The cited document's closest sentence gives the opposite though it leaves two other words of the claim unsaid. */
	@Test
	void theClosestCitedSentenceGivesTheOppositeOfAClaimThatAddsDetails() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "In Lendorf gibt es nur kleine schwarze Häuser.", "lendorf"),
				"says the opposite: \u201Egroße\u201C where the claim says \u201Ekleine\u201C");
	}

	@Test
	void theClosestCitedSentenceNamesASecondThingInOtherWords() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Bibel enthält nur das Alte Testament.", "bibel"),
				"names \u201ENeuen\u201C beside \u201EAlten\u201C where the claim says \u201Enur\u201C");
	}

	/** nicht möglich says what unmöglich says. */
	@Test
	void aNegatedOppositeIsNoOpposite() throws IOException {
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(),
				"Die Feuerwehr wusste, dass es unmöglich ist, Menschen vom Dach zu retten.", "dach"));
	}

	@Test
	void atHomeIsNotAway() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Am Sonntag war die Familie Huber den ganzen Tag unterwegs.", "huber"),
				"says the opposite: \u201Ezu Hause\u201C where the claim says \u201Eunterwegs\u201C");
		assertSupportedWithoutPolarityFinding("Am Sonntag war die Familie Huber den ganzen Tag daheim.", "huber");
	}

	@Test
	void anOldBuildingIsNotAModernOne() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Im Park der Stadt steht ein altes Gebäude aus Glas.", "park"),
				"says the opposite: \u201Emodernes\u201C where the claim says \u201Ealtes\u201C");
	}

	@Test
	void aSourceSayingNotOnlyConflictsWithOnly() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Schwimmkurs im Hallenbad richtet sich nur an Kinder.", "schwimmkurs"),
				"says \u201Enicht nur\u201C of \u201EKinder\u201C where the claim says \u201Enur\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Ein Wörterbuch erfordert nur die Fähigkeiten eines Spezialisten.", "woerterbuch"),
				"says \u201Emehr als nur\u201C of \u201EFähigkeiten\u201C");
	}

	@Test
	void notOnlyIsNoConflictWithoutOnly() throws IOException {
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(), "Der Schwimmkurs im Hallenbad richtet sich an Kinder.", "schwimmkurs"));
	}

	/** A negation elsewhere in the sentence (ohne Kühlung) does not keep it from stating what the claim denies. */
	@Test
	void aSentenceStatingTheDeniedPartConflictsThoughItNegatesSomethingElse() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Probe darf nicht im Kühlschrank bleiben.", "probe"),
				"states what the claim denies: \u201EKühlschrank\u201C");
	}

	@Test
	void aSentenceNegatingTheSamePartIsNoDenial() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Die Probe kann nicht im Kühlschrank bleiben.", "probe-verdirbt");
		assertTrue(result.findings().stream().noneMatch(f -> f.checkerId().equals(PolarityChecker.ID)
				&& "probe-verdirbt".equals(f.documentId())), result.findings().toString());
	}

	/** nur and a span of time bound it from above: a source giving a clearly longer span contradicts it. */
	@Test
	void aMuchLongerSpanConflictsWithOnlyASpan() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Umbau der Mühle dauerte nur zwei Wochen.", "umbau"),
				"gives a longer time, \u201Edrei Monate\u201C, where the claim says \u201Enur\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Hausmeister fand den Schlüssel in nur ein paar Minuten.", "schluessel"),
				"gives a longer time, \u201Ezwei Stunden\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Streik der Fahrer war nach nur einem Tag vorbei.", "streik"),
				"gives a longer time, \u201Ewochenlang\u201C");
	}

	/** A span no longer than the claim's, a claim without nur, and vor zwei Jahren (a point in time) give no conflict. */
	@Test
	void aSpanThatFitsOrAPointInTimeIsNoLongerSpan() throws IOException {
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(), "Der Umbau der Mühle dauerte nur ein Vierteljahr, etwa zwölf Wochen.", "umbau"));
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(), "Der Umbau der Mühle dauerte zwei Wochen.", "umbau"));
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(), "Die Bäckerei am Markt hat erst seit nur einem Jahr eine Filiale.", "vorjahr"));
	}

	@Test
	void freeIsNotPaidFor() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Betreuung der Kinder im Hort der Gemeinde ist kostenlos.", "hort"),
				"\u201Ezahlen\u201C");
	}

	/** wenige against viele of the same thing, also where the sentence says it in a relative clause. */
	@Test
	void fewAgainstManyConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Wenige alte Boote liegen im Hafen von Kiel.", "kiel"), "\u201Eviele\u201C");
	}

	@Test
	void aPermissionAgainstAProhibitionConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Besucher dürfen in der Burg fotografieren.", "burg"), "\u201Everboten\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der neue Steg am Fluss ist für Radfahrer gesperrt.", "steg"),
				"\u201Edürfen\u201C");
	}

	@Test
	void everydayOppositeStates() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Das Moor am Stadtrand schrumpft.", "moor"), "\u201Eerweitert\u201C");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Wirt des Gasthofs war missmutig.", "wirt"), "\u201Efreundlich\u201C");
	}

	/** nicht X, sondern Y denies X: a source stating X contradicts it; one stating Y does not. */
	@Test
	void aSourceStatingWhatNichtSondernDeniesConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(),
				"Die Künstler des Theaters arbeiten nicht mit Kindern, sondern konzentrieren sich auf Erwachsene.", "theater"),
				"Kindern");
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(),
				"Die Künstler des Theaters arbeiten nicht mit Erwachsenen, sondern mit Kindern.", "theater"));
	}

	/**
	 * A verb the tagger took for a name (hasst after Anna) is still read as a verb: German writes
	 * names and nouns with a capital. Without this, the claim's verb was the one word the sentence
	 * left unsaid and the claim came out supported.
	 */
	@Test
	void aLowerCaseVerbTaggedAsANameStillOpposesTheClaimsVerb() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Anna liebt ihren Hund.", "anna"), "\u201Ehasst\u201C");
	}

	/** Not enough is too few: it clashes with all. */
	@Test
	void notEnoughAgainstAllConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Die Werkstatt hat alle Ersatzteile, die sie jemals brauchen könnte.", "ersatzteile"),
				"nicht genug");
	}

	/** A verb of refusal denies the act of its zu-infinitive. */
	@Test
	void theActARefusalDeniesConflicts() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Mieter bezahlte die Nebenkosten.", "nebenkosten"), "weigerte");
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Vermieter reparierte die Heizung im Keller.", "heizung-abgelehnt"),
				"lehnte");
	}

	@Test
	void aRefusalConflictsWithTheActDone() throws IOException {
		PolarityRules.assertPolarityConflict(CHECKERS.verify(CORPUS.store(), "Der Vermieter weigerte sich, die Heizung im Keller zu reparieren.",
				"heizung-repariert"), "reparierte");
	}

	@Test
	void aRefusalInOtherWordsAndTheActNotDoneAgree() throws IOException {
		assertSupportedWithoutPolarityFinding("Der Mieter bezahlte die Nebenkosten nicht.", "nebenkosten");
		assertSupportedWithoutPolarityFinding("Die Vermieterin weigerte sich, die Fenster im Treppenhaus zu erneuern.", "fenster");
	}

	/** Not refusing says nothing of whether the act was done. */
	@Test
	void aNegatedRefusalDeniesNothing() throws IOException {
		assertNoPolarityFinding(CHECKERS.verify(CORPUS.store(), "Der Hausmeister räumte den Keller auf.", "keller"));
	}

	/** A partial negation denies part of the statement, so it does not assert what the claim denies. */
	@Test
	void aPartialNegationIsNoStatementOfWhatTheClaimDenies() throws IOException {
		ClaimResult result = CHECKERS.verify(CORPUS.store(), "Kein Bäcker im Dorf öffnet am Sonntag.", "baecker");
		assertNotEquals(Verdict.CONFLICTING, result.verdictValue(), result.findings().toString());
		assertNoPolarityFinding(result);
	}
}
