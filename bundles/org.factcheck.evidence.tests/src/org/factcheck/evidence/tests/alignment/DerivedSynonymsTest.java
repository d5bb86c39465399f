package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verb is realised by an -ung noun made from a synonym of it, and the other way round. */
class DerivedSynonymsTest {

	private static TermMatch match(String claim, String sentence, String word) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		Alignment alignment = Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
		return alignment.matches().stream().filter(m -> m.claimTerm().text().equals(word)).findFirst().orElseThrow();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = {
			"Der Zeuge wurde verhört.|Protokoll der Vernehmung des Zeugen.|verhört",
			"Die Vernehmung des Zeugen dauerte lange.|Der Zeuge wurde lange verhört.|Vernehmung",
	})
	void aNounInUngOfASynonymRealisesTheVerb(String claim, String sentence, String word) {
		TermMatch match = match(claim, sentence, word);
		assertEquals(TermMatch.How.DERIVED, match.how(), match.toString());
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = {
			"Der Zeuge wurde verhört.|Protokoll der Verhaftung des Zeugen.|verhört",
	})
	void aNounInUngOfAnotherVerbDoesNot(String claim, String sentence, String word) {
		assertEquals(TermMatch.How.ABSENT, match(claim, sentence, word).how());
	}
}
