package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.tokens.Token;

/**
 * A claim or sentence analysed for comparison: its tokens with parts of speech and lemmas, content
 * words, quantities and dates. Offsets are relative to {@link #text()}. Checkers that need more
 * (clauses, polarity) build on this analysis instead of tagging the text again.
 *
 * @param lemmas the lower-case base form of each token from the German lexicon for the word class
 *               the tagger gave (sagte → sagen, Gespräche → gespräch, möchte → mögen); the lower-case
 *               token where the lexicon knows none
 * @param lowerCaseWords the tokens' texts in lower case, in order: made once with the analysis, since
 *               the checkers ask for them of the same sentence again and again
 */
public record AnalyzedText(String text, List<Token> tokens, List<String> tags, List<String> lemmas, List<Term> terms,
		List<Quantity> quantities, List<DateExpression> dates, List<String> lowerCaseWords) {

	public AnalyzedText {
		tokens = List.copyOf(tokens);
		tags = List.copyOf(tags);
		lemmas = List.copyOf(lemmas);
		lowerCaseWords = List.copyOf(lowerCaseWords);
		if (lemmas.size() != tokens.size() || tags.size() != tokens.size() || lowerCaseWords.size() != tokens.size()) {
			throw new IllegalArgumentException("tokens, tags, lemmas and lower-case words differ in number");
		}
		terms = List.copyOf(terms);
		quantities = List.copyOf(quantities);
		dates = List.copyOf(dates);
	}

	/** An analysis whose {@link #lowerCaseWords()} are made from its tokens. */
	public AnalyzedText(String text, List<Token> tokens, List<String> tags, List<String> lemmas, List<Term> terms,
			List<Quantity> quantities, List<DateExpression> dates) {
		this(text, tokens, tags, lemmas, terms, quantities, dates, lowerCase(tokens));
	}

	private static List<String> lowerCase(List<Token> tokens) {
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).text().toLowerCase(Locale.GERMAN);
		}
		return List.of(words);
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
		List<String> lemmas = new ArrayList<>(first.lemmas);
		lemmas.addAll(second.lemmas);
		List<String> lowerCaseWords = new ArrayList<>(first.lowerCaseWords);
		lowerCaseWords.addAll(second.lowerCaseWords);
		int shift = first.tokens.size();
		List<Term> terms = new ArrayList<>(first.terms);
		second.terms.forEach(t -> terms.add(new Term(t.text(), t.start() + offset, t.end() + offset, t.index() + shift,
				t.kind(), t.key(), t.parts())));
		List<Quantity> quantities = new ArrayList<>(first.quantities);
		second.quantities.forEach(q -> quantities.add(new Quantity(q.start() + offset, q.end() + offset, q.value(),
				q.upperValue(), q.qualifier(), q.unit(), q.ordinal())));
		List<DateExpression> dates = new ArrayList<>(first.dates);
		second.dates.forEach(d -> dates.add(shifted(d, offset)));
		return new AnalyzedText(text, tokens, tags, lemmas, terms, quantities, dates, lowerCaseWords);
	}

	private static DateExpression shifted(DateExpression date, int offset) {
		return date == null ? null
				: new DateExpression(date.start() + offset, date.end() + offset, date.year(), date.month(), date.day(),
						date.weekday(), shifted(date.rangeEnd(), offset));
	}

	/** This analysis with only the given content words, for comparing a part of the text. */
	public AnalyzedText withTerms(List<Term> kept) {
		return new AnalyzedText(text, tokens, tags, lemmas, kept, List.of(), List.of(), lowerCaseWords);
	}

	/** The content word at the token index, if that token is one. */
	public Optional<Term> termAt(int token) {
		return terms.stream().filter(term -> term.index() == token).findFirst();
	}

	public double totalWeight() {
		return terms.stream().mapToDouble(Term::weight).sum();
	}
}
