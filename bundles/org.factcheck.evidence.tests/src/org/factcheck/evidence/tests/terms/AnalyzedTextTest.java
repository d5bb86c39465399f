package org.factcheck.evidence.tests.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The lower-case words of an analysis are made once with it, also for two analyses joined and for
 * an analysis with fewer content words.
 */
class AnalyzedTextTest {

	@Test
	void theLowerCaseWordsAreTheTokensInLowerCase() {
		AnalyzedText text = TextAnalyzer.german().analyze("Die ÖBB STREICHT Züge.");
		assertEquals(List.of("die", "öbb", "streicht", "züge", "."), text.lowerCaseWords());
	}

	@Test
	void theLowerCaseWordsAreMadeOnce() {
		AnalyzedText text = TextAnalyzer.german().analyze("Der Minister kam nach Wien.");
		assertSame(text.lowerCaseWords(), text.lowerCaseWords());
		assertSame(text.lowerCaseWords(), text.withTerms(List.of()).lowerCaseWords());
	}

	@Test
	void aJoinedAnalysisHasTheLowerCaseWordsOfBoth() {
		AnalyzedText first = TextAnalyzer.german().analyze("Der Minister kam.");
		AnalyzedText second = TextAnalyzer.german().analyze("Er sprach in Wien.");
		AnalyzedText joined = AnalyzedText.join(first, second, 18, "Der Minister kam. Er sprach in Wien.");
		assertEquals(List.of("der", "minister", "kam", ".", "er", "sprach", "in", "wien", "."), joined.lowerCaseWords());
	}
}
