package org.factcheck.claims.writing;

import java.util.Comparator;
import java.util.List;

/**
 * A replacement in a claim file's text: {@code length} characters at {@code offset} become
 * {@code text}. Offsets refer to the text before any edit of the same change is applied.
 */
public record ClaimTextEdit(int offset, int length, String text) {

	public ClaimTextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("bad edit at " + offset + "+" + length);
		}
		if (text == null) {
			throw new NullPointerException("text");
		}
	}

	public static ClaimTextEdit insert(int offset, String text) {
		return new ClaimTextEdit(offset, 0, text);
	}

	/** Applies non-overlapping edits to {@code text}. */
	public static String apply(String text, List<ClaimTextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(ClaimTextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
