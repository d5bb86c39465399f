package org.factcheck.checker;

import java.util.Objects;
import java.util.Set;

/**
 * A full-text search for corpus sentences.
 *
 * @param text        free text, typically the claim or a part of it
 * @param documentIds restricts the search to these documents; empty searches the whole corpus
 * @param limit       the maximum number of hits
 */
public record SentenceQuery(String text, Set<String> documentIds, int limit) {

	public SentenceQuery {
		Objects.requireNonNull(text, "text");
		documentIds = Set.copyOf(documentIds);
		if (limit <= 0) {
			throw new IllegalArgumentException("limit must be positive: " + limit);
		}
	}

	/** A search of the whole corpus. */
	public static SentenceQuery everywhere(String text, int limit) {
		return new SentenceQuery(text, Set.of(), limit);
	}

	/** A search of these documents only. */
	public static SentenceQuery in(Set<String> documentIds, String text, int limit) {
		return new SentenceQuery(text, documentIds, limit);
	}
}
