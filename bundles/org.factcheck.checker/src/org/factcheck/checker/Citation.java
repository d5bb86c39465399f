package org.factcheck.checker;

import java.util.Objects;
import java.util.Optional;

/**
 * A document a claim cites, optionally with the passage the claim says the document contains.
 *
 * @param documentId the corpus document id (file name without extension)
 * @param quote      the quoted passage, if the claim gives one
 */
public record Citation(String documentId, Optional<String> quote) {

	public Citation {
		Objects.requireNonNull(documentId, "documentId");
		Objects.requireNonNull(quote, "quote");
	}

	/** A citation of the whole document, without a quoted passage. */
	public static Citation of(String documentId) {
		return new Citation(documentId, Optional.empty());
	}

	/** A citation with the passage the claim says the document contains; {@code quote} may be null. */
	public static Citation of(String documentId, String quote) {
		return new Citation(documentId, Optional.ofNullable(quote));
	}
}
