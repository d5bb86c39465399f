package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.RivalCompound;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A compound of the sentence with the claim's head and another first part names another one of the kind. */
class RivalCompoundTest {

	private static Term term(String word) {
		return TextAnalyzer.german().analyze("Es geht um die " + word + ".").terms().stream()
				.filter(t -> t.text().equals(word)).findFirst().orElseThrow();
	}

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', value = {
			"Verfassungsgerichtshof|Verwaltungsgerichtshof|true",
			"Bundesregierung|Landesregierung|true",
			"Parlamentswahl|Präsidentenwahl|true",
			"Druckfarbe|Druckerfarbe|false",
			"Großkessel|Dampfkessel|false",
			"Regierung|Landesregierung|false",
			"Bundesregierung|Regierung|false",
			"Bundesregierung|Bundesregierung|false",
			"Bundesregierung|Regierungssprecher|false",
			"Vereinschef|Club-Chef|true",
			"Vereinschef|Ex-Chef|false",
			"Vereinschef|Vereins-Chef|false",
	})
	void rivals(String claim, String said, boolean rival) {
		assertEquals(rival, RivalCompound.of(term(claim), term(said)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Der Verfassungsgerichtshof prüft den Fall.|Der Verwaltungsgerichtshof prüft den Fall.|Verfassungsgerichtshof",
			"Die Landesregierung beschloss das Gesetz.|Die Bundesregierung beschloss das Gesetz.|Landesregierung",
			"Der Vereinschef heißt Karl Berger.|Der Verein lud ein, sagte Club-Chef Karl Berger.|Vereinschef",
	})
	void theHeadOfARivalDoesNotRealiseTheCompound(String claim, String sentence, String word) {
		TextAnalyzer analyzer = TextAnalyzer.german();
		Alignment alignment = Aligner.align(analyzer.analyze(claim), analyzer.analyze(sentence));
		TermMatch match = alignment.matches().stream().filter(m -> m.claimTerm().text().equals(word)).findFirst().orElseThrow();
		assertEquals(TermMatch.How.ABSENT, match.how(), alignment.toString());
	}
}
