package org.factcheck.checkers.names.tests.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.checkers.names.roles.Portfolio;
import org.factcheck.checkers.names.roles.RoleLexicon;
import org.factcheck.checkers.names.roles.RoleWord;
import org.junit.jupiter.api.Test;

/** Role words: inflected, feminine, compounded and hyphenated. */
class RoleLexiconTest {

	private static RoleWord parse(String word) {
		return RoleLexicon.german().parse(word).orElseThrow(() -> new AssertionError(word + " is no role"));
	}

	@Test
	void feminineAndInflectedForms() {
		assertEquals("präsident", parse("Präsidenten").noun().key());
		assertEquals("sprecher", parse("Sprecherin").noun().key());
		assertEquals("sprecher", parse("Sprecherinnen").noun().key());
		assertEquals("vorsitzender", parse("Vorsitzende").noun().key());
	}

	@Test
	void compoundsAreSplitIntoRoleAndPortfolio() {
		RoleWord minister = parse("Verteidigungsminister");
		assertEquals("minister", minister.noun().key());
		assertEquals("verteidigung", minister.portfolio());
		RoleWord spokeswoman = parse("Regierungssprecherin");
		assertEquals("sprecher", spokeswoman.noun().key());
		assertEquals("regierung", spokeswoman.portfolio());
		assertEquals("aussen", parse("Außenministeriumssprecherin").portfolio());
		assertEquals("gesundheit", parse("Gesundheitsministerin").portfolio());
	}

	@Test
	void hyphenatedPrefixAndFormerRoles() {
		RoleWord secretary = parse("NATO-Generalsekretär");
		assertEquals("NATO", secretary.prefix());
		assertEquals("general", secretary.portfolio());
		assertTrue(parse("Ex-Präsident").former());
		assertNull(parse("Ex-Präsident").prefix());
	}

	@Test
	void ordinaryWordsAreNoRoles() {
		assertTrue(RoleLexicon.german().parse("Generalverdacht").isEmpty());
		assertTrue(RoleLexicon.german().parse("Verteidigungsministerium").isEmpty());
		assertTrue(RoleLexicon.german().parse("Wegbegleiter").isEmpty());
	}

	@Test
	void portfoliosCompareAcrossForms() {
		assertEquals(Portfolio.key("Außenministeriums"), Portfolio.key("Außen"));
		assertEquals(Portfolio.key("Außenamts"), Portfolio.key("Außen"));
		assertEquals(Portfolio.key("Regierungs"), Portfolio.key("Regierung"));
	}

	@Test
	void aWordParsedAgainGetsTheSameAnswerWhateverWasParsedBefore() {
		RoleLexicon roles = RoleLexicon.german();
		for (int round = 0; round < 2; round++) {
			assertTrue(parse("Ex-Präsident").former());
			assertEquals("präsident", parse("Präsident").noun().key());
			assertFalse(parse("Präsident").former(), "the hyphenated word parsed first must not change the plain one");
			assertTrue(roles.parse("Haus").isEmpty());
			assertTrue(roles.parse("präsident").isEmpty(), "a lower-case word names no role");
		}
	}
}
