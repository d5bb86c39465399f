package org.factcheck.claims.layout;

import java.util.Optional;

/**
 * Where a citation is written.
 *
 * @param documentId the id as written, escapes resolved
 * @param span       the whole citation: id and quote
 * @param idSpan     the id's string literal
 * @param quote      the {@code quote "…"} clause, if any
 */
public record CitationLayout(String documentId, Span span, Span idSpan, Optional<Clause> quote) {

	public CitationLayout shifted(int delta) {
		return new CitationLayout(documentId, span.shifted(delta), idSpan.shifted(delta),
				quote.map(clause -> clause.shifted(delta)));
	}
}
