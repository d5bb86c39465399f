package org.factcheck.text.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.text.LinePosition;

/**
 * Decodes the bytes of a text file the way users write them: UTF-8 (a byte order mark is skipped;
 * UTF-16 with a byte order mark is read as UTF-16). A file that is not valid UTF-8 and contains no
 * UTF-8 sequence of several bytes at all is a Latin-1 file and is read as Windows-1252 (the Latin-1
 * of Windows, which has „ and “), with one problem naming the first byte that is not UTF-8. Any
 * other invalid byte sequence becomes U+FFFD and is reported with its line and column (the first
 * {@value #MAX_REPORTED}, then a count). Never throws; an empty input is an empty text.
 */
public final class TextDecoder {

	/** The name of the Latin-1 fallback. */
	public static final String LATIN_1 = "Latin-1 (Windows-1252)";

	private static final int MAX_REPORTED = 10;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoder() {
	}

	public static DecodedText decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return utf8(bytes, 3);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
		}
		return utf8(bytes, 0);
	}

	private static DecodedText utf8(byte[] bytes, int offset) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
			return new DecodedText(text, "UTF-8", List.of());
		} catch (CharacterCodingException e) {
			Utf8Scan scan = Utf8Scan.of(bytes, offset);
			return scan.multiByteSequences == 0 && scan.firstInvalid >= 0 ? latin1(bytes, offset, scan.firstInvalid) : replaced(bytes, offset);
		}
	}

	/** A file with invalid UTF-8 and no valid multi-byte sequence: Latin-1 (Windows-1252). */
	private static DecodedText latin1(byte[] bytes, int offset, int firstInvalid) {
		String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
		// everything before the first invalid byte is ASCII: one character per byte
		int at = firstInvalid - offset;
		LinePosition position = LinePosition.of(text, at);
		return new DecodedText(text, LATIN_1, List.of(new DecodingProblem(position.line(), position.column(),
				"not UTF-8 (byte 0x" + hex(bytes[firstInvalid]) + " here); read as " + LATIN_1)));
	}

	/** Valid UTF-8 mixed with invalid bytes: each invalid sequence becomes U+FFFD and is reported. */
	private static DecodedText replaced(byte[] bytes, int offset) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
		List<int[]> invalid = new ArrayList<>();
		while (true) {
			var result = decoder.decode(in, out, true);
			if (result.isUnderflow()) {
				decoder.flush(out);
				break;
			}
			if (result.isOverflow()) {
				CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
				out.flip();
				bigger.put(out);
				out = bigger;
				continue;
			}
			if (out.remaining() < 1) {
				CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
				out.flip();
				bigger.put(out);
				out = bigger;
			}
			invalid.add(new int[] { out.position(), result.length() });
			out.put('\uFFFD');
			in.position(in.position() + result.length());
		}
		out.flip();
		String text = out.toString();
		List<DecodingProblem> problems = new ArrayList<>();
		for (int i = 0; i < invalid.size() && i < MAX_REPORTED; i++) {
			LinePosition position = LinePosition.of(text, invalid.get(i)[0]);
			int length = invalid.get(i)[1];
			problems.add(new DecodingProblem(position.line(), position.column(),
					"invalid UTF-8 (" + length + (length == 1 ? " byte" : " bytes") + ") replaced by U+FFFD"));
		}
		if (invalid.size() > MAX_REPORTED) {
			problems.add(new DecodingProblem(0, 0,
					(invalid.size() - MAX_REPORTED) + " more invalid UTF-8 sequences replaced by U+FFFD"));
		}
		return new DecodedText(text, "UTF-8", problems);
	}

	private static DecodedText lenient(byte[] bytes, int offset, Charset charset, String name) {
		String text = new String(bytes, offset, bytes.length - offset, charset);
		List<DecodingProblem> problems = new ArrayList<>();
		int replaced = text.indexOf('\uFFFD');
		if (replaced >= 0) {
			LinePosition position = LinePosition.of(text, replaced);
			problems.add(new DecodingProblem(position.line(), position.column(), "invalid " + name + " replaced by U+FFFD"));
		}
		return new DecodedText(text, name, problems);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String hex(byte b) {
		return String.format("%02X", b & 0xFF);
	}

	/** How many valid multi-byte UTF-8 sequences the bytes hold, and where the first invalid byte is. */
	private record Utf8Scan(int multiByteSequences, int firstInvalid) {

		static Utf8Scan of(byte[] bytes, int offset) {
			int sequences = 0;
			int firstInvalid = -1;
			int i = offset;
			while (i < bytes.length) {
				int b = bytes[i] & 0xFF;
				int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
				boolean valid = length > 0 && i + length <= bytes.length;
				for (int k = 1; valid && k < length; k++) {
					valid = (bytes[i + k] & 0xC0) == 0x80;
				}
				if (valid && length > 1) {
					sequences++;
					i += length;
				} else if (valid) {
					i++;
				} else {
					if (firstInvalid < 0) {
						firstInvalid = i;
					}
					i++;
				}
			}
			return new Utf8Scan(sequences, firstInvalid);
		}
	}
}
