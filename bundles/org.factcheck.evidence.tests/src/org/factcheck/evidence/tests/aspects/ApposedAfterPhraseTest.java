package org.factcheck.evidence.tests.aspects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.aspects.ApposedToAnother;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The claim's predicative noun apposed to another name after a phrase and a comma (der Fraktionschef im Landtag, Hans Maier). */
class ApposedAfterPhraseTest {

	private static String apposed(String claim, String sentence) {
		AnalyzedText c = TextAnalyzer.german().analyze(claim);
		AnalyzedText s = TextAnalyzer.german().analyze(sentence);
		return ApposedToAnother.find(c, s, Aligner.align(c, s)).map(i -> s.tokens().get(i).text()).orElse("none");
	}

	@Test
	void aNounApposedAfterAPhraseAndACommaIsSaidOfThatPerson() {
		assertEquals("Hans", apposed("Peter Gruber ist der konservative Fraktionschef im Landtag.",
				"Das sagte der liberale Fraktionschef im Landtag, Hans Maier. Der konservative Klubchef Peter Gruber schwieg."));
	}

	@Test
	void aNounApposedToTheClaimsNameAfterThePhraseIsSaidOfItsSubject() {
		assertEquals("none", apposed("Hans Maier ist der liberale Fraktionschef im Landtag.",
				"Das sagte der liberale Fraktionschef im Landtag, Hans Maier. Der konservative Klubchef Peter Gruber schwieg."));
	}
}
