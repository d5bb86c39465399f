package org.factcheck.engine.batch;

import java.nio.file.Path;

/**
 * Where a claim is written.
 *
 * @param file   the claim file (or labelled-claims file)
 * @param line   1-based line of the claim's first character
 * @param column 1-based column
 */
public record ClaimLocation(Path file, int line, int column) {
}
