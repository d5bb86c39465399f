package org.factcheck.corpus.store.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.corpus.store.ImportProblem;

/**
 * Decodes UTF-8 text files: a byte order mark is skipped, each invalid byte sequence becomes
 * U+FFFD and is reported with its line and column in the decoded text.
 */
public final class TextDecoder {

	private static final int MAX_REPORTED = 10;

	private TextDecoder() {
	}

	public static DecodedText decode(Path file, byte[] bytes) {
		int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
		List<int[]> invalid = new ArrayList<>();
		while (true) {
			CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
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
			invalid.add(new int[] { out.position(), result.length() });
			out.put('\uFFFD');
			in.position(in.position() + result.length());
		}
		out.flip();
		String text = out.toString();
		return new DecodedText(text, problems(file, text, invalid));
	}

	private static List<ImportProblem> problems(Path file, String text, List<int[]> invalid) {
		List<ImportProblem> problems = new ArrayList<>();
		if (invalid.isEmpty()) {
			return problems;
		}
		int line = 1;
		int lineStart = 0;
		int next = 0;
		for (int i = 0; i <= text.length() && next < invalid.size() && next < MAX_REPORTED; i++) {
			while (next < invalid.size() && next < MAX_REPORTED && invalid.get(next)[0] == i) {
				problems.add(new ImportProblem(file, line, i - lineStart + 1, "invalid UTF-8 (" + invalid.get(next)[1]
						+ (invalid.get(next)[1] == 1 ? " byte" : " bytes") + ") replaced by U+FFFD"));
				next++;
			}
			if (i < text.length() && text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		if (invalid.size() > MAX_REPORTED) {
			problems.add(new ImportProblem(file, 0, 0,
					(invalid.size() - MAX_REPORTED) + " more invalid UTF-8 sequences replaced by U+FFFD"));
		}
		return problems;
	}
}
