package org.factcheck.checkers.names.tests.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.roles.RoleFinder;
import org.factcheck.checkers.names.roles.RoleMention;
import org.factcheck.checkers.names.roles.RoleTitle;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Roles ascribed to persons in real seed and news sentences and in claims. */
class RoleFinderTest {

	private static List<RoleMention> find(String text) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		return new RoleFinder().find(analysis, new EntityFinder().find(analysis));
	}

	private static RoleMention of(List<RoleMention> roles, String person) {
		return roles.stream().filter(r -> r.person().text().equals(person)).findFirst()
				.orElseThrow(() -> new AssertionError(person + " in " + roles));
	}

	@Test
	void roleBeforeTheNameWithCountryAdjective() {
		RoleTitle title = of(find("Der südkoreanische Präsident Yoon Suk Yeol verurteilte die Entsendung nordkoreanischer Truppen."),
				"Yoon Suk Yeol").title();
		assertEquals("präsident", title.noun().key());
		assertEquals("Südkorea", title.scope());
	}

	@Test
	void compoundRoleWithGenitiveCountry() {
		RoleTitle title = of(find("Verteidigungsminister Südkoreas Shin Won-Sikin Von Nordkorea hat mindestens 10.000 Container geliefert."),
				"Shin Won-Sikin").title();
		assertEquals("minister", title.noun().key());
		assertEquals("verteidigung", title.portfolio());
		assertEquals("Südkorea", title.scope());
	}

	@Test
	void spokeswomanCompoundAndGenitiveAreTheSameRole() {
		RoleTitle compound = of(find("Außenministeriumssprecherin Maria Sacharowa betonte, dass die Zusammenarbeit keine Gesetze verletze."),
				"Maria Sacharowa").title();
		RoleTitle genitive = of(find("Maria Sacharowa ist Sprecherin des russischen Außenministeriums."), "Maria Sacharowa").title();
		RoleTitle other = of(find("Die Sprecherin des russischen Verteidigungsministeriums, Maria Sacharowa, betonte das."),
				"Maria Sacharowa").title();
		assertEquals("außen".replace("ß", "ss"), compound.portfolio());
		assertTrue(compound.compatibleWith(genitive));
		assertFalse(compound.compatibleWith(other));
		assertTrue(compound.excludes(other));
	}

	@Test
	void appositionAfterTheName() {
		RoleMention mention = of(find(
				"Dies wurde bei einem Treffen mit Sergej Schoigu, dem Sekretär des russischen Nationalen Sicherheitsrats, bekanntgegeben."),
				"Sergej Schoigu");
		assertEquals("sekretär", mention.title().noun().key());
		assertEquals("sicherheitsrat", mention.title().portfolio());
		assertEquals("Russland", mention.title().scope());
	}

	@Test
	void appositionBeforeTheNameWithTwoGenitives() {
		RoleMention mention = of(find(
				"Der Chef des Auswärtigen Ausschusses der Duma, Leonid Sluzki, erklärte, dass der Vertrag der Lage Rechnung trage."),
				"Leonid Sluzki");
		assertEquals("chef", mention.title().noun().key());
		assertEquals("Duma", mention.title().scope());
	}

	@Test
	void roleStatementsWithVerbs() {
		assertEquals("ÖBB", of(find("Christian Kern leitet als Chef die Österreichischen Bundesbahnen (ÖBB)."), "Christian Kern")
				.title().scope());
		RoleMention office = of(find("Das Amt des Nationalen Sicherheitsberaters Südkoreas bekleidet Shin Won-sik."), "Shin Won-sik");
		assertEquals("sicherheitsberater", office.title().noun().key());
		assertEquals("Südkorea", office.title().scope());
	}

	@Test
	void headOfAMinistryOrOrganisation() {
		RoleTitle minister = of(find("Das Sozialministerium in Österreich wird von Rudolf Hundstorfer (SPÖ) geleitet."),
				"Rudolf Hundstorfer").title();
		assertEquals("minister", minister.noun().key());
		assertEquals("sozial", minister.portfolio());
		assertEquals("Österreich", minister.scope());
		RoleTitle chief = of(find("Christian Kern leitet die Österreichischen Bundesbahnen."), "Christian Kern").title();
		assertEquals("chef", chief.noun().key());
		assertEquals("ÖBB", chief.scope());
		assertTrue(find("Yoon traf eine Delegation aus der Ukraine, die von Rustem Umerov geleitet wurde.").isEmpty());
	}

	@Test
	void formerRolesAreMarked() {
		RoleMention former = of(find("Vuk Jeremic, der ehemalige serbische Außenminister, kann nicht mit Unterstützung rechnen."),
				"Vuk Jeremic");
		assertEquals(RoleMention.Status.FORMER, former.status());
		assertEquals("Serbien", former.title().scope());
		assertEquals(RoleMention.Status.FORMER, of(find("Alexander Schallenberg war Außenminister Österreichs."),
				"Alexander Schallenberg").status());
	}

	@Test
	void organisationFromAHyphenatedCompound() {
		RoleTitle title = of(find("Yoon Suk Yeol telefonierte mit NATO-Generalsekretär Mark Rutte."), "Mark Rutte").title();
		assertEquals("sekretär", title.noun().key());
		assertEquals("general", title.portfolio());
		assertEquals("NATO", title.scope());
	}

	@Test
	void roleWithoutPersonIsNoMention() {
		assertTrue(find("Ein japanischer Regierungssprecher sagte, Japan sei zutiefst besorgt über das Abkommen.").isEmpty());
	}

	@Test
	void unstatedScopeStaysOpen() {
		assertNull(of(find("Außenminister Cho Tae Yul betonte nach einem Treffen, dass Nordkorea keine Vorteile ziehen darf."),
				"Cho Tae Yul").title().scope());
	}
}
