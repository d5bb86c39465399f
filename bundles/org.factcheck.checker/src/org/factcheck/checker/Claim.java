package org.factcheck.checker;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim as checkers see it, independent of the file it was written in.
 *
 * @param name      the claim's name, unique in its file
 * @param text      what the claim says, in the corpus language
 * @param citations the documents the claim cites, in the order written; may be empty
 * @param asOf      the date the claim is scoped to, if any: only what held at that date counts
 */
public record Claim(String name, String text, List<Citation> citations, Optional<LocalDate> asOf) {

	public Claim {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(text, "text");
		citations = List.copyOf(citations);
		Objects.requireNonNull(asOf, "asOf");
	}

	/** Whether the claim cites the document. */
	public boolean cites(String documentId) {
		return citations.stream().anyMatch(citation -> citation.documentId().equals(documentId));
	}
}
