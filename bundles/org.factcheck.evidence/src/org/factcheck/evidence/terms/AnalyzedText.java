package org.factcheck.evidence.terms;

import java.util.List;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.tokens.Token;

/**
 * A claim or sentence analysed for comparison: its tokens with parts of speech, content words,
 * quantities and dates. Offsets are relative to {@link #text()}.
 */
public record AnalyzedText(String text, List<Token> tokens, List<String> tags, List<Term> terms,
		List<Quantity> quantities, List<DateExpression> dates) {

	public AnalyzedText {
		tokens = List.copyOf(tokens);
		tags = List.copyOf(tags);
		terms = List.copyOf(terms);
		quantities = List.copyOf(quantities);
		dates = List.copyOf(dates);
	}

	public double totalWeight() {
		return terms.stream().mapToDouble(Term::weight).sum();
	}
}
