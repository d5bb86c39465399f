package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Roles;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Agent and patient of simple active and passive statements. */
class RolesTest {

	private static String roles(String text) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		Optional<Roles> roles = Roles.of(analysis);
		return roles.map(r -> analysis.tokens().get(r.agent()).text() + " -> " + analysis.tokens().get(r.patient()).text())
				.orElse("none");
	}

	private static String tags(String text) {
		return TextAnalyzer.german().analyze(text).tags().toString();
	}

	@Test
	void activeSubjectIsTheAgentAndTheObjectThePatient() {
		assertEquals("Hund -> Briefträger", roles("Der Hund jagte den Briefträger."), tags("Der Hund jagte den Briefträger."));
		assertEquals("Hund -> Briefträger", roles("Der Hund hat den Briefträger gejagt."));
	}

	@Test
	void passiveVonPhraseIsTheAgent() {
		assertEquals("Hund -> Briefträger", roles("Der Briefträger wurde vom Hund gejagt."));
		assertEquals("Hund -> Briefträger", roles("Der Briefträger wurde von dem Hund gejagt."));
	}

	@Test
	void anObjectFirstOrCopularStatementHasNoRoles() {
		assertEquals("none", roles("Den Briefträger jagte der Hund."));
		assertEquals("none", roles("Der Hund ist ein Tier."));
		assertTrue(roles("Gestern jagte der Hund den Briefträger.").equals("none"));
	}
}
