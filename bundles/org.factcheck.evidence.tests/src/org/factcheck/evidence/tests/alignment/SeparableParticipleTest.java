package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The participle of a verb with a separable prefix, the ge- after the prefix, used before a noun
 * (die im Innenministerium angesiedelte Kommission), realises the verb (ansiedeln); a participle
 * of the same stem with another prefix (ausgesiedelt) does not.
 */
class SeparableParticipleTest {

	private static TermMatch match(String claim, String sentence, String claimWord) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		Alignment alignment = Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
		return alignment.matches().stream().filter(m -> m.claimTerm().text().equals(claimWord)).findFirst()
				.orElseThrow(() -> new AssertionError(claimWord + " is no content word of the claim: " + alignment));
	}

	@Test
	void theParticipleBeforeTheNounRealisesTheVerb() {
		TermMatch settled = match("Die Sicherheitskommission ist im Innenministerium angesiedelt.",
				"Das zeigt ein neues Gutachten der im Innenministerium angesiedelten Sicherheitskommission.", "angesiedelt");
		assertEquals(TermMatch.How.DERIVED, settled.how(), settled.toString());
	}

	@Test
	void anotherPrefixIsAnotherVerb() {
		TermMatch settled = match("Die Sicherheitskommission ist im Innenministerium angesiedelt.",
				"Das zeigt ein neues Gutachten der aus dem Innenministerium ausgesiedelten Sicherheitskommission.", "angesiedelt");
		assertEquals(0, settled.score(), settled.toString());
	}
}
