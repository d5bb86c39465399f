package org.factcheck.checker;

import java.util.Objects;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Span;

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

	/**
	 * The passage {@code [start, end)} of a document's content, its text taken from the content so
	 * that it always matches.
	 *
	 * @throws IndexOutOfBoundsException when the span lies outside the text
	 */
	public static Evidence of(String documentId, Content content, int start, int end) {
		return new Evidence(documentId, start, end, content.getText().substring(start, end));
	}

	/** A sentence, paragraph or annotation of a document's content as evidence. */
	public static Evidence of(String documentId, Content content, Span span) {
		return of(documentId, content, span.getStart(), span.getEnd());
	}
}
