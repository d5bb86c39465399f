package org.factcheck.quickfix;

/**
 * A change of a claim file's text: replace {@code length} characters at {@code offset} with
 * {@code text} (an insertion has length 0, a deletion empty text). Offsets are character offsets
 * of the whole file, as Eclipse documents and Xtext resources count them.
 */
public record TextEdit(int offset, int length, String text) {

	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("bad edit at " + offset + " of length " + length);
		}
	}

	public static TextEdit insert(int offset, String text) {
		return new TextEdit(offset, 0, text);
	}

	public static TextEdit delete(int offset, int length) {
		return new TextEdit(offset, length, "");
	}

	/** {@code text} with this edit applied. */
	public String applyTo(String text) {
		return text.substring(0, offset) + this.text + text.substring(offset + length);
	}
}
