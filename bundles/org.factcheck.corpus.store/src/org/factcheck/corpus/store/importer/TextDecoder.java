package org.factcheck.corpus.store.importer;

import java.nio.file.Path;

import org.factcheck.corpus.store.ImportProblem;

/**
 * Reads the text of a plain-text corpus file with {@link org.factcheck.text.encoding.TextDecoder}:
 * UTF-8 (a byte order mark is skipped), Latin-1 for files that are clearly not UTF-8; what was
 * wrong with the bytes becomes problems of the file.
 */
public final class TextDecoder {

	private TextDecoder() {
	}

	public static DecodedText decode(Path file, byte[] bytes) {
		org.factcheck.text.encoding.DecodedText decoded = org.factcheck.text.encoding.TextDecoder.decode(bytes);
		return new DecodedText(decoded.text(), decoded.problems().stream()
				.map(problem -> new ImportProblem(file, problem.line(), problem.column(), problem.message())).toList());
	}
}
