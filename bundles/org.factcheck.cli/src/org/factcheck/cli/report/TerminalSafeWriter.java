package org.factcheck.cli.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with every control character but line feed and tab shown as a {@code \}{@code uXXXX}
 * escape: C0 and C1 controls (ESC, BEL, NUL, CR, CSI), DEL and the bidirectional overrides and
 * isolates. Claim files and documents may contain them; printed raw they would move the cursor,
 * change the terminal's title or hide text. In JSON output they occur only inside strings, where
 * the escape reads back as the same character.
 */
public final class TerminalSafeWriter extends FilterWriter {

	public TerminalSafeWriter(Writer out) {
		super(out);
	}

	/** {@code text} with its control characters escaped. */
	public static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isUnsafe(c)) {
				if (escaped == null) {
					escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				escaped.append(String.format("\\u%04X", (int) c));
			} else if (escaped != null) {
				escaped.append(c);
			}
		}
		return escaped == null ? text : escaped.toString();
	}

	static boolean isUnsafe(char c) {
		return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
				|| c >= 0x2066 && c <= 0x2069;
	}

	@Override
	public void write(int c) throws IOException {
		if (isUnsafe((char) c)) {
			out.write(String.format("\\u%04X", c));
		} else {
			out.write(c);
		}
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		int start = offset;
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			if (isUnsafe(buffer[i])) {
				out.write(buffer, start, i - start);
				out.write(String.format("\\u%04X", (int) buffer[i]));
				start = i + 1;
			}
		}
		out.write(buffer, start, end - start);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		write(text.toCharArray(), offset, length);
	}
}
