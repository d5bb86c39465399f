package org.factcheck.claims.conversion;

import java.util.Optional;

/**
 * The double-quoted string literals of claim files: {@code \"} and {@code \\} escape the quote and
 * the backslash, {@code \n}, {@code \t} and {@code \}{@code uXXXX} are also understood, and any
 * other character, Unicode included, stands for itself.
 */
public final class StringLiteral {

	/** What escapes are allowed, for messages. */
	static final String ALLOWED_ESCAPES = "write \\\" for a quotation mark and \\\\ for a backslash"
			+ " (\\n, \\t and \\uXXXX are also allowed)";

	/**
	 * The value of a literal and the first thing wrong with it.
	 *
	 * @param value   the text between the quotes with escapes replaced; an invalid escape is kept
	 *                as written so that no text is lost
	 * @param problem the first problem, if any
	 */
	public record Unescaped(String value, Optional<Problem> problem) {
	}

	/**
	 * Something wrong in a literal.
	 *
	 * @param offset  offset in the literal (the opening quote is at 0)
	 * @param length  length of the offending part; the whole literal for an unclosed one
	 * @param message what is wrong and how to write it
	 */
	public record Problem(int offset, int length, String message) {
	}

	private StringLiteral() {
	}

	/** Reads a literal as the lexer delivers it: opening quote, text, closing quote if present. */
	public static Unescaped unescape(String literal) {
		if (literal.isEmpty() || literal.charAt(0) != '"') {
			throw new IllegalArgumentException("not a string literal: " + literal);
		}
		boolean closed = literal.length() > 1 && literal.charAt(literal.length() - 1) == '"'
				&& !endsWithEscapedQuote(literal);
		int end = closed ? literal.length() - 1 : literal.length();
		StringBuilder value = new StringBuilder(end);
		Problem problem = null;
		int i = 1;
		while (i < end) {
			char c = literal.charAt(i);
			if (c != '\\') {
				value.append(c);
				i++;
				continue;
			}
			if (i + 1 >= end) {
				value.append(c);
				problem = first(problem, new Problem(i, 1, "A backslash must be followed by an escaped character: "
						+ ALLOWED_ESCAPES));
				i++;
				continue;
			}
			char escaped = literal.charAt(i + 1);
			switch (escaped) {
			case '"', '\\' -> value.append(escaped);
			case 'n' -> value.append('\n');
			case 't' -> value.append('\t');
			case 'u' -> {
				String hex = literal.substring(i + 2, Math.min(i + 6, end));
				if (hex.length() == 4 && hex.chars().allMatch(StringLiteral::isHexDigit)) {
					value.append((char) Integer.parseInt(hex, 16));
					i += 6;
					continue;
				}
				value.append("\\u");
				problem = first(problem, new Problem(i, 2 + hexDigitsAt(literal, i + 2, end),
						"Invalid escape sequence: \\u must be followed by four hexadecimal digits, as in \\u00A0"));
			}
			default -> {
				value.append(c).append(escaped);
				problem = first(problem, new Problem(i, 2,
						"Invalid escape sequence \\" + escaped + ": " + ALLOWED_ESCAPES));
			}
			}
			i += 2;
		}
		if (!closed) {
			problem = new Problem(0, literal.length(),
					"The text is not closed: add \" before the end of the line");
		}
		return new Unescaped(value.toString(), Optional.ofNullable(problem));
	}

	/** The literal for a value: quoted, with quotation marks, backslashes and line breaks escaped. */
	public static String quote(String value) {
		StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> literal.append("\\\"");
			case '\\' -> literal.append("\\\\");
			case '\n' -> literal.append("\\n");
			case '\t' -> literal.append("\\t");
			default -> {
				if (Character.isISOControl(c)) {
					literal.append(String.format("\\u%04X", (int) c));
				} else {
					literal.append(c);
				}
			}
			}
		}
		return literal.append('"').toString();
	}

	private static boolean endsWithEscapedQuote(String literal) {
		int backslashes = 0;
		for (int i = literal.length() - 2; i > 0 && literal.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static int hexDigitsAt(String literal, int from, int end) {
		int count = 0;
		while (from + count < end && count < 4 && isHexDigit(literal.charAt(from + count))) {
			count++;
		}
		return count;
	}

	private static boolean isHexDigit(int c) {
		return Character.digit(c, 16) >= 0;
	}

	private static Problem first(Problem existing, Problem next) {
		return existing != null ? existing : next;
	}
}
