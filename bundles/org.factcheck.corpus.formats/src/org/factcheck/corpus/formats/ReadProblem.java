package org.factcheck.corpus.formats;

/**
 * Something in a document's file that could not be read as written.
 *
 * @param line    1-based line in the file, or 0 when the problem concerns the whole file (or a
 *                binary file, whose message then says where)
 * @param column  1-based column, or 0
 * @param message what is wrong and what was done about it
 */
public record ReadProblem(int line, int column, String message) {

	public static ReadProblem ofFile(String message) {
		return new ReadProblem(0, 0, message);
	}
}
