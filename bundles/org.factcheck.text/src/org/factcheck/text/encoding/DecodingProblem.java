package org.factcheck.text.encoding;

/**
 * A place where the bytes of a file were not what they should be.
 *
 * @param line    1-based line in the decoded text, or 0 when the problem concerns the whole file
 * @param column  1-based column (in characters), or 0
 * @param message what was found and what was done about it
 */
public record DecodingProblem(int line, int column, String message) {
}
