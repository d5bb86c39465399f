package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two forms the lexicon reads as one noun are the same word, whichever noun each form first reads as. */
class SharedNounLemmaTest {

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = {
			"Sie traf sich mit Freunden.|Sie hat viele Freunde.|Freunden",
			"Die Frist endet in zehn Tagen.|Die Frist beträgt zehn Tage.|Tagen",
			"Kunden bekommen einen Rabatt.|Kunden bekommen Rabatte.|Rabatt",
	})
	void formsOfOneNounAreTheSameWord(String claim, String sentence, String word) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		Alignment alignment = Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
		TermMatch match = alignment.matches().stream().filter(m -> m.claimTerm().text().equals(word)).findFirst().orElseThrow();
		assertEquals(1.0, match.score(), alignment.toString());
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = {
			"Der Hund lief über die Brücke.|Die Hunde liefen über die Wiese.|Brücke",
	})
	void otherNounsStayUnrealised(String claim, String sentence, String word) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		Alignment alignment = Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
		TermMatch match = alignment.matches().stream().filter(m -> m.claimTerm().text().equals(word)).findFirst().orElseThrow();
		assertEquals(0.0, match.score(), alignment.toString());
	}
}
