package org.factcheck.checkers.polarity.clauses;

/** Tokens [first, last] of a text, both inclusive. */
public record Span(int first, int last) {

	public boolean contains(int token) {
		return token >= first && token <= last;
	}
}
