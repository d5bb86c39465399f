package org.factcheck.checkers.polarity.tests.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.checkers.polarity.clauses.ClauseSplitter;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * A relative clause opened by a preposition and a relative pronoun the tagger takes for an article
 * (in dem Khaled …) is still a relative clause when it ends with its finite verb; a main clause
 * opening with a prepositional phrase is not.
 */
class RelativePronounTakenForArticleTest {

	private static List<Clause> split(String sentence) {
		AnalyzedText text = TextAnalyzer.german().analyze(sentence);
		return ClauseSplitter.german().split(text.tokens(), text.tags());
	}

	@Test
	void aPronounBeforeANameInAVerbFinalClauseOpensARelativeClause() {
		List<Clause> clauses = split("Wir besuchten das Gästehaus, in dem Khaled verhaftet worden ist.");
		assertEquals(2, clauses.size());
		assertEquals(ClauseKind.RELATIVE, clauses.get(1).kind());
	}

	@Test
	void aPrepositionalPhraseBeforeTheVerbOpensNoRelativeClause() {
		List<Clause> clauses = split("Wir besuchten das Gästehaus, in dem Garten arbeitete Khaled.");
		assertEquals(ClauseKind.MAIN, clauses.get(clauses.size() - 1).kind());
	}
}
