package org.factcheck.checker;

import java.util.Objects;

/**
 * A passage of a corpus document that a finding rests on.
 *
 * @param documentId the document
 * @param start      offset of the first character in the document text
 * @param end        offset after the last character (exclusive)
 * @param text       the covered text, exactly as in the document
 */
public record Evidence(String documentId, int start, int end, String text) {

	public Evidence {
		Objects.requireNonNull(documentId, "documentId");
		Objects.requireNonNull(text, "text");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + documentId);
		}
	}
}
