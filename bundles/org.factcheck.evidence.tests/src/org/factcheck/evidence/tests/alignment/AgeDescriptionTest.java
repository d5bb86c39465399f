package org.factcheck.evidence.tests.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.References;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A definite description by age refers back also with adjectives and a phrase between article and age. */
class AgeDescriptionTest {

	private static final TextAnalyzer ANALYZER = TextAnalyzer.german();

	private static List<String> credited(String claim, String sentence, String... before) {
		AnalyzedText analysis = ANALYZER.analyze(sentence);
		List<AnalyzedText> earlier = List.of(before).stream().map(ANALYZER::analyze).toList();
		AnalyzedText claimAnalysis = ANALYZER.analyze(claim);
		return References.credit(claimAnalysis, Aligner.align(claimAnalysis, analysis), analysis, earlier).stream()
				.map(TermMatch::claimTerm).map(term -> term.text()).toList();
	}

	@Test
	void modifiersBetweenTheArticleAndTheAgeKeepTheDescriptionDefinite() {
		assertEquals(List.of("Lukas", "Brunner"), credited("Lukas Brunner ist 31 Jahre alt.",
				"Der im Profibereich als Trainer bisher völlig unerfahrene 31-Jährige wurde am Dienstag präsentiert.",
				"Der Verein bemüht sich um Lukas Brunner."));
	}

	@Test
	void anIndefiniteArticleOrAVerbBeforeTheModifiersIntroducesSomeoneNew() {
		assertEquals(List.of(), credited("Lukas Brunner ist 31 Jahre alt.",
				"Ein im Profibereich bisher völlig unerfahrener 31-Jähriger wurde am Dienstag präsentiert.",
				"Der Verein bemüht sich um Lukas Brunner."));
	}
}
