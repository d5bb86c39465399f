package org.factcheck.claims.parser;

import java.util.Set;

/**
 * Explains text where the claim language does not expect it, for syntax errors and for stray text
 * between claims alike: a clause out of order, a second corpus line, a string without a clause.
 */
public final class UnexpectedText {

	private static final Set<String> CLAUSES = Set.of("cites", "asof", "expect", "quote");

	/** The longest piece of text quoted in a message. */
	private static final int SHOWN = 40;

	private UnexpectedText() {
	}

	/** Why {@code token} (the first unexpected token, as written) cannot stand where it is. */
	public static String explain(String token) {
		String shown = "<EOF>".equals(token) ? "the end of the file" : "'" + shorten(token) + "'";
		if (CLAUSES.contains(token)) {
			return "Unexpected " + shown + ": each clause of a claim may appear once, in the order cites, asof, expect";
		}
		if ("corpus".equals(token)) {
			return "Unexpected 'corpus': a file names its corpus once, on its first line";
		}
		if (token.startsWith("\"")) {
			return "Unexpected text " + shorten(token)
					+ ": separate cited documents with a comma, and give a passage after 'quote'";
		}
		return "Unexpected " + shown + ": a claim starts with 'claim NAME \"TEXT\"', followed by its clauses cites,"
				+ " asof and expect";
	}

	/** At most {@value #SHOWN} characters of {@code text}, with an ellipsis when cut. */
	public static String shorten(String text) {
		return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
	}
}
