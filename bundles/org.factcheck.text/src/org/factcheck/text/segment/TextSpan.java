package org.factcheck.text.segment;

/**
 * A half-open character range [start, end) of a text.
 */
public record TextSpan(int start, int end) {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
		}
	}

	/** The whole of {@code text}. */
	public static TextSpan all(String text) {
		return new TextSpan(0, text.length());
	}

	/** The covered part of {@code text}. */
	public String of(String text) {
		return text.substring(start, end);
	}

	public int length() {
		return end - start;
	}

	public boolean isEmpty() {
		return start == end;
	}

	public boolean contains(int offset) {
		return offset >= start && offset < end;
	}

	public boolean contains(TextSpan other) {
		return other.start >= start && other.end <= end;
	}

	public boolean overlaps(TextSpan other) {
		return other.start < end && start < other.end;
	}
}
