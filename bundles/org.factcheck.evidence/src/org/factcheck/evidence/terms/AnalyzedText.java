package org.factcheck.evidence.terms;

import java.util.ArrayList;
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

	/**
	 * Two analysed texts as one: {@code text} holds both, the second starting {@code offset}
	 * characters after the first (offsets of the result are relative to the first).
	 */
	public static AnalyzedText join(AnalyzedText first, AnalyzedText second, int offset, String text) {
		List<Token> tokens = new ArrayList<>(first.tokens);
		second.tokens.forEach(t -> tokens.add(new Token(t.start() + offset, t.end() + offset, t.text())));
		List<String> tags = new ArrayList<>(first.tags);
		tags.addAll(second.tags);
		int shift = first.tokens.size();
		List<Term> terms = new ArrayList<>(first.terms);
		second.terms.forEach(t -> terms.add(new Term(t.text(), t.start() + offset, t.end() + offset, t.index() + shift,
				t.kind(), t.key(), t.parts())));
		List<Quantity> quantities = new ArrayList<>(first.quantities);
		second.quantities.forEach(q -> quantities.add(new Quantity(q.start() + offset, q.end() + offset, q.value(),
				q.upperValue(), q.qualifier(), q.unit(), q.ordinal())));
		List<DateExpression> dates = new ArrayList<>(first.dates);
		second.dates.forEach(d -> dates.add(shifted(d, offset)));
		return new AnalyzedText(text, tokens, tags, terms, quantities, dates);
	}

	private static DateExpression shifted(DateExpression date, int offset) {
		return date == null ? null
				: new DateExpression(date.start() + offset, date.end() + offset, date.year(), date.month(), date.day(),
						date.weekday(), shifted(date.rangeEnd(), offset));
	}

	public double totalWeight() {
		return terms.stream().mapToDouble(Term::weight).sum();
	}
}
