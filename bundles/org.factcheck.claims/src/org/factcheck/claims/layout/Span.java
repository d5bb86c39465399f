package org.factcheck.claims.layout;

/**
 * A stretch of a claim file's text.
 *
 * @param offset character offset of the first character
 * @param length number of characters
 */
public record Span(int offset, int length) {

	public Span {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("bad span " + offset + "+" + length);
		}
	}

	/** The offset after the last character. */
	public int end() {
		return offset + length;
	}

	/** Whether a caret at {@code position} touches the span (both ends included). */
	public boolean touches(int position) {
		return offset <= position && position <= end();
	}

	/** Whether the span covers {@code position} (end excluded). */
	public boolean covers(int position) {
		return offset <= position && position < end();
	}

	/** The same stretch after {@code delta} characters were inserted (or removed) before it. */
	public Span shifted(int delta) {
		return new Span(offset + delta, length);
	}

	/** The span from the start of this one to the end of {@code other}. */
	public Span to(Span other) {
		return new Span(offset, Math.max(end(), other.end()) - offset);
	}
}
