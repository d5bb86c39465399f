package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Agent and patient of the clause around a verb: relative clauses, main clauses, gapped clauses. */
class ClauseRolesTest {

	/** "agent -> patient" of each conjunct of the clause around the verb, or "none". */
	private static String roles(String text, String verb) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		int at = IntStream.range(0, analysis.tokens().size()).filter(i -> analysis.tokens().get(i).text().equals(verb))
				.findFirst().orElseThrow();
		return ClauseRoles.around(analysis, at)
				.map(roles -> roles.conjuncts().stream().map(c -> words(analysis, c.agent()) + " -> " + words(analysis, c.patient()))
						.collect(Collectors.joining("; ")))
				.orElse("none");
	}

	private static String words(AnalyzedText analysis, ClauseRoles.Span span) {
		if (span == null) {
			return "?";
		}
		List<String> words = analysis.tokens().subList(span.first(), span.last() + 1).stream().map(t -> t.text()).toList();
		return String.join(" ", words);
	}

	private static String subject(String text) {
		AnalyzedText analysis = TextAnalyzer.german().analyze(text);
		return ClauseRoles.subject(analysis).map(span -> words(analysis, span)).orElse("none");
	}

	@Test
	void theAntecedentOfASubjectRelativeClauseIsItsAgent() {
		assertEquals("Anna Berger -> den Preis", roles("Gestern sprach er mit Anna Berger, die im Mai den Preis gewann.", "gewann"));
		assertEquals("Tom Keller -> 40 Tore", roles("Im Juni hatte sie den Rekord an Tom Keller verloren, der in Halle 40 Tore schoss.", "schoss"));
	}

	@Test
	void aRelativeClauseWithASubjectOfItsOwnHasNoPlainRoles() {
		assertEquals("none", roles("Das ist der Brief, den er gestern schrieb.", "schrieb"));
		assertEquals("none", roles("Sie dankte der Ärztin, der er vertraute.", "vertraute"));
		assertEquals("none", roles("Das Buch, das die Autorin schrieb, ist dick.", "schrieb"));
	}

	@Test
	void anArticleAfterACommaOpensNoRelativeClause() {
		assertEquals("none", roles("Er lachte, der Trainer schwieg.", "schwieg"));
	}

	@Test
	void aGappedClauseHasItsOwnAgentAndPatient() {
		assertEquals("Wien -> den Bürgermeister Karl Huber; Graz -> seine Stadträtin Eva Moser",
				roles("Wien schickte den Bürgermeister Karl Huber, Graz seine Stadträtin Eva Moser.", "schickte"));
	}

	@Test
	void aDatelineIsNotPartOfTheClause() {
		assertEquals("Die Stadt -> das Grundstück", roles("Graz – Die Stadt verkaufte das Grundstück.", "verkaufte"));
		assertEquals("none", roles("Die Bürgermeisterin – nicht die Stadt – verkaufte das Grundstück.", "verkaufte"));
	}

	@Test
	void theNumberOfAnOrdinalKeepsItsPoint() {
		String roles = roles("Die Stadt hat den 3. Bauabschnitt verkauft.", "verkauft");
		assertTrue(roles.startsWith("Die Stadt -> "), roles);
	}

	@Test
	void theSubjectOfAClaimBeforeOrAfterItsVerb() {
		assertEquals("Anna Berger", subject("Anna Berger gewann im Mai den Preis."));
		assertEquals("Anna Berger", subject("Im Mai gewann Anna Berger den Preis."));
		assertEquals("none", subject("Den Preis gewann Anna Berger."));
		assertEquals("Die Stürmerin aus Graz", subject("Die Stürmerin aus Graz gewann im Mai den Preis."));
	}

	@Test
	void aFocusParticleBeforeTheOpeningSubjectIsNoAdverbial() {
		assertEquals("20.000 Gäste", subject("Nur 20.000 Gäste besuchen das Museum jedes Jahr."));
		assertEquals("Anna Berger", subject("Auch Anna Berger gewann im Mai einen Preis."));
		assertEquals("none", subject("Nur den Hund sah er im Garten."));
		assertEquals("Anna Berger", subject("Heute gewann Anna Berger den Preis."));
	}
}
