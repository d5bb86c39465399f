package org.factcheck.corpus.store;

import java.nio.file.Path;

/**
 * Something in a corpus file that could not be imported as written.
 *
 * @param file    the file
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0
 * @param message what is wrong and what was done about it
 */
public record ImportProblem(Path file, int line, int column, String message) {

	/** {@code file:line:col: message}, the format compilers use. */
	public String format() {
		return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) + ": " + message : file + ": " + message;
	}
}
