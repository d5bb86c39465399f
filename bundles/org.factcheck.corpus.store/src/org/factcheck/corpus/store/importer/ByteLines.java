package org.factcheck.corpus.store.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a text file's bytes that hold one of some ASCII markers, found in one pass without
 * decoding the file: lines end as {@link String#lines()} ends them ({@code \n}, {@code \r} or
 * {@code \r\n}), and a UTF-8 byte order mark is skipped, as {@link TextDecoder} does.
 */
final class ByteLines {

	/**
	 * A line: its number (from 1), where it starts and where it ends (before its line break), in
	 * bytes.
	 */
	record Line(int number, int start, int end) {
	}

	private ByteLines() {
	}

	/** Whether the bytes are UTF-16 by their byte order mark: their line breaks are not single bytes. */
	static boolean isUtf16(byte[] bytes) {
		return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
				|| (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
	}

	/** Where each line starts ({@code starts[n - 1]} for line n), in bytes; {@link #isUtf16} bytes have no such lines. */
	static int[] starts(byte[] bytes) {
		int from = hasUtf8Bom(bytes) ? 3 : 0;
		int[] starts = new int[64];
		int count = 0;
		starts[count++] = from;
		for (int i = from; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b == '\n' || b == '\r') {
				if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
					i++;
				}
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/**
	 * Whether a line starts at {@code at} of {@code window}, the bytes of a file from byte
	 * {@code from} on (from 0 when {@code at} is at most 3 into the file, else from the byte before
	 * {@code at}).
	 */
	static boolean startsLine(byte[] window, long from, int at) {
		if (from == 0 && at <= 3) {
			return at == (hasUtf8Bom(window) ? 3 : 0) || at > 0 && endsBreak(window, at);
		}
		return at > 0 && endsBreak(window, at);
	}

	/** Whether a line break ends right before {@code at} (not between the two bytes of {@code \r\n}). */
	private static boolean endsBreak(byte[] bytes, int at) {
		byte before = bytes[at - 1];
		return before == '\n' || before == '\r' && (at >= bytes.length || bytes[at] != '\n');
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	/** The lines holding one of {@code markers} (ASCII, without line breaks), in order, each once. */
	static List<Line> holding(byte[] bytes, List<byte[]> markers) {
		boolean[] first = new boolean[128];
		for (byte[] marker : markers) {
			first[marker[0]] = true;
		}
		int from = hasUtf8Bom(bytes) ? 3 : 0;
		List<Line> lines = new ArrayList<>();
		int number = 1;
		int lineStart = from;
		for (int i = from; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b == '\n' || b == '\r') {
				if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
					i++;
				}
				number++;
				lineStart = i + 1;
			} else if (b >= 0 && first[b] && startsWithAny(bytes, i, markers)) {
				int end = i;
				while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
					end++;
				}
				lines.add(new Line(number, lineStart, end));
				// on at the line break, which the loop then counts
				i = end - 1;
			}
		}
		return lines;
	}

	private static boolean startsWithAny(byte[] bytes, int at, List<byte[]> markers) {
		for (byte[] marker : markers) {
			if (at + marker.length <= bytes.length) {
				int k = 0;
				while (k < marker.length && bytes[at + k] == marker[k]) {
					k++;
				}
				if (k == marker.length) {
					return true;
				}
			}
		}
		return false;
	}

	/** The line's text if its bytes are valid UTF-8, else null. */
	static String utf8(byte[] bytes, Line line) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, line.start(), line.end() - line.start())).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}
}
