package org.factcheck.cli.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TextAnalyzer;

/**
 * The words of a passage that a claim shares, compared as the checkers compare them: content
 * words by their stemmed keys, compounds by their parts ({@code Regierungssprecherin} matches
 * {@code Sprecherin}).
 */
final class MatchingWords {

	/** A matching word: [start, end) of the passage. */
	record Span(int start, int end) {
	}

	private final Set<String> keys = new HashSet<>();

	MatchingWords(String claim) {
		for (Term term : TextAnalyzer.german().analyze(claim).terms()) {
			keys.add(term.key());
			keys.addAll(term.parts());
		}
	}

	/** The words of {@code passage} the claim shares, in order. */
	List<Span> in(String passage) {
		List<Span> spans = new ArrayList<>();
		AnalyzedText analysed = TextAnalyzer.german().analyze(passage);
		for (Term term : analysed.terms()) {
			if (keys.contains(term.key()) || term.parts().stream().anyMatch(keys::contains)) {
				spans.add(new Span(term.start(), term.end()));
			}
		}
		return spans;
	}
}
