package org.factcheck.evidence.tests.alignment;

import java.util.List;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.References;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;

/** The claim's words that {@link References} credits to a sentence after the sentences before it. */
final class ReferenceCredit {

	private static final TextAnalyzer ANALYZER = TextAnalyzer.german();

	private ReferenceCredit() {
	}

	static List<String> credited(String claim, String sentence, String... before) {
		AnalyzedText analysis = ANALYZER.analyze(sentence);
		List<AnalyzedText> earlier = List.of(before).stream().map(ANALYZER::analyze).toList();
		AnalyzedText claimAnalysis = ANALYZER.analyze(claim);
		return References.credit(claimAnalysis, Aligner.align(claimAnalysis, analysis), analysis, earlier).stream()
				.map(TermMatch::claimTerm).map(term -> term.text()).toList();
	}
}
