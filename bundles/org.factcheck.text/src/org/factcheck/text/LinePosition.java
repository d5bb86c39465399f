package org.factcheck.text;

/**
 * Where an offset into a text stands: its 1-based line and the offset at which that line starts.
 * Reports give columns in their own unit (UTF-16 characters, code points) and base.
 *
 * @param line      1-based line of the offset
 * @param lineStart offset of the first character of that line
 * @param offset    the offset, limited to the text's length
 */
public record LinePosition(int line, int lineStart, int offset) {

	/** The position of {@code offset} in {@code text}. */
	public static LinePosition of(CharSequence text, int offset) {
		int line = 1;
		int lineStart = 0;
		int end = Math.min(offset, text.length());
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new LinePosition(line, lineStart, end);
	}

	/** 1-based column in UTF-16 characters. */
	public int column() {
		return offset - lineStart + 1;
	}
}
