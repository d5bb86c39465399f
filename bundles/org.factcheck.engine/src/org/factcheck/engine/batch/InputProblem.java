package org.factcheck.engine.batch;

import java.nio.file.Path;

/**
 * Bad input: a syntax error, an unknown document, a missing corpus, an unreadable file.
 *
 * @param file    the file at fault
 * @param line    1-based line, or 0 when the whole file is concerned
 * @param column  1-based column, or 0
 * @param message what is wrong
 */
public record InputProblem(Path file, int line, int column, String message) {

	/** {@code file:line:col: message} with the file shown as given. */
	public String format() {
		return format(file.toString());
	}

	public String format(String shownFile) {
		return line > 0 ? shownFile + ":" + line + ":" + Math.max(1, column) + ": " + message
				: shownFile + ": " + message;
	}
}
