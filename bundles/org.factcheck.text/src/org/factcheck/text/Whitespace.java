package org.factcheck.text;

/** What counts as white space and as a line break in news text (including NBSP, thin spaces and BOMs). */
public final class Whitespace {

	private Whitespace() {
	}

	public static boolean isWhitespace(char c) {
		if (c < 0x80) {
			return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

	public static boolean isLineBreak(char c) {
		return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f';
	}

	/** Index of the first non-white character in [start, end), or end. */
	public static int skipForward(CharSequence text, int start, int end) {
		int i = start;
		while (i < end && isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Index after the last non-white character in [start, end), or start. */
	public static int skipBackward(CharSequence text, int start, int end) {
		int i = end;
		while (i > start && isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}
}
