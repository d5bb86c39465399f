package org.factcheck.checkers.names.tests.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.PersonNames;
import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Entities in real seed and news sentences. */
class EntityFinderTest {

	private static List<EntityMention> find(String text) {
		return new EntityFinder().find(TextAnalyzer.german().analyze(text));
	}

	private static EntityMention only(List<EntityMention> entities, String text) {
		List<EntityMention> matching = entities.stream().filter(e -> e.text().equals(text)).toList();
		assertEquals(1, matching.size(), text + " in " + entities);
		return matching.get(0);
	}

	@Test
	void multiWordCityAndPersonWithRole() {
		List<EntityMention> entities = find(
				"Präsident Putin äußert sich voraussichtlich am letzten Tag des BRICS-Gipfels in Sankt Petersburg.");
		assertEquals(EntityKind.CITY, only(entities, "Sankt Petersburg").kind());
		assertEquals("Sankt Petersburg", only(entities, "Sankt Petersburg").canonical());
		assertEquals(EntityKind.PERSON, only(entities, "Putin").kind());
		EntityMention brics = only(entities, "BRICS");
		assertEquals(EntityForm.PREFIX, brics.form());
		assertEquals(EntityKind.INTERNATIONAL, brics.kind());
	}

	@Test
	void countriesByGenitiveAdjectiveAndInhabitants() {
		List<EntityMention> entities = find(
				"Laut südkoreanischem Geheimdienst sind Südkoreas Nachbarn, die Nordkoreaner, über die Lage in Nordkoreas Hauptstadt besorgt.");
		assertEquals("Südkorea", only(entities, "südkoreanischem").canonical());
		assertEquals(EntityForm.ADJECTIVE, only(entities, "südkoreanischem").form());
		assertEquals("Südkorea", only(entities, "Südkoreas").canonical());
		assertEquals("Nordkorea", only(entities, "Nordkoreaner").canonical());
		assertEquals(EntityForm.INHABITANT, only(entities, "Nordkoreaner").form());
		assertEquals("Nordkorea", only(entities, "Nordkoreas").canonical());
	}

	@Test
	void hyphenatedKoreanNameAfterRoleIsAPerson() {
		List<EntityMention> entities = find(
				"Ukrainische Beamte führten Gespräche mit dem Nationalen Sicherheitsberater Shin Won-sik und Verteidigungsminister Kim Yong-hyun.");
		assertEquals(EntityKind.PERSON, only(entities, "Shin Won-sik").kind());
		assertEquals(EntityKind.PERSON, only(entities, "Kim Yong-hyun").kind());
		assertTrue(entities.stream().noneMatch(e -> e.text().contains("Nationalen")), entities.toString());
	}

	@Test
	void firstNameMakesAPersonAndPartyInBrackets() {
		List<EntityMention> entities = find(
				"Auf seiner Facebook-Seite wirbt ÖBB-Chef Christian Kern um Stimmen für den Wiener Bürgermeister Michael Häupl (SPÖ).");
		assertEquals(EntityKind.PERSON, only(entities, "Christian Kern").kind());
		assertEquals(EntityKind.PERSON, only(entities, "Michael Häupl").kind());
		assertEquals(EntityKind.PARTY, only(entities, "SPÖ").kind());
		assertEquals("Wien", only(entities, "Wiener").canonical());
		assertEquals("ÖBB", only(entities, "ÖBB").canonical());
	}

	@Test
	void cityInsideATeamNameIsNotTheCity() {
		List<EntityMention> entities = find(
				"Besser lief es für Dennis Schröder, der mit den Atlanta Hawks 106:100 gegen Oklahoma City Thunder gewann.");
		assertEquals(EntityKind.NAME, only(entities, "Atlanta Hawks").kind());
		assertTrue(entities.stream().noneMatch(e -> e.kind() == EntityKind.CITY), entities.toString());
	}

	@Test
	void shortFormOfAKnownPersonIsAPerson() {
		EntityFinder finder = new EntityFinder();
		List<EntityMention> known = finder.find(TextAnalyzer.german().analyze(
				"Bundesbank-Vorstand Carl-Ludwig Thiele äußerte am Donnerstag Zweifel."));
		String later = "Die Bürger sollten nicht unter Generalverdacht gestellt werden, mahnte Thiele auf einer Veranstaltung in London.";
		assertEquals(EntityKind.NAME, only(finder.find(TextAnalyzer.german().analyze(later)), "Thiele").kind());
		assertEquals(EntityKind.PERSON, only(finder.find(TextAnalyzer.german().analyze(later), known), "Thiele").kind());
	}

	@Test
	void ministriesAreInstitutionsByPortfolio() {
		List<EntityMention> entities = find("Das US-Außenministerium ist besorgt über einen Deal zwischen Putin und Kim.");
		EntityMention ministry = only(entities, "Außenministerium");
		assertEquals(EntityKind.INSTITUTION, ministry.kind());
		assertEquals("aussenministerium", ministry.canonical());
		assertEquals("USA", only(entities, "US").canonical());
	}

	@Test
	void namesCompareAcrossSpellings() {
		assertTrue(PersonNames.samePerson(PersonNames.keys("Kim Jong-un"), PersonNames.keys("Kim Jong Un")));
		assertTrue(PersonNames.samePerson(PersonNames.keys("Thiele"), PersonNames.keys("Carl-Ludwig Thiele")));
		assertTrue(PersonNames.samePerson(PersonNames.keys("Trumps"), PersonNames.keys("Donald Trump")));
		assertFalse(PersonNames.samePerson(PersonNames.keys("Kim Jong Un"), PersonNames.keys("Kim Yong-hyun")));
		assertFalse(PersonNames.differentPeople(PersonNames.keys("Kim Jong Un"), PersonNames.keys("Kim Yong-hyun")));
		assertTrue(PersonNames.differentPeople(PersonNames.keys("Donald Trump"), PersonNames.keys("Donald Tusk")));
	}
}
