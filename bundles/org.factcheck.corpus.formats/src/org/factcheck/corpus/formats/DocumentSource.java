package org.factcheck.corpus.formats;

import java.nio.file.Path;

/**
 * Where one document comes from: a whole file, or one entry of a file that holds several (a line
 * of a JSON lines dump).
 *
 * @param file  the file
 * @param id    the document id: the file name without extension, or the entry's id
 * @param line  1-based line of the entry in the file; 0 when the document is the whole file
 * @param bytes the bytes of the file, or of the entry
 */
public record DocumentSource(Path file, String id, int line, byte[] bytes) {

	/** A document that is a whole file. */
	public static DocumentSource wholeFile(Path file, String id, byte[] bytes) {
		return new DocumentSource(file, id, 0, bytes);
	}

	public boolean isWholeFile() {
		return line == 0;
	}
}
