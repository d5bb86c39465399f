package org.factcheck.claims.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where the parts of one claim are written, read from the parsed file: what outlines, hovers,
 * links and fixes need, without the EMF model.
 *
 * @param name       the claim's name as the model holds it ({@code ^} removed); empty if missing
 * @param span       from {@code claim} to the claim's last token
 * @param line       1-based line of {@code claim}
 * @param nameSpan   the name as written, or the {@code claim} keyword when the name is missing
 * @param text       the claim text, escapes resolved; empty if missing
 * @param textSpan   the text's string literal, if written
 * @param cites      {@code cites} and all citations, if written
 * @param citations  the citations in the order written
 * @param asOf       the {@code asof} clause, if written
 * @param expected   the {@code expect} clause, if written
 */
public record ClaimLayout(String name, Span span, int line, Span nameSpan, String text, Optional<Span> textSpan,
		Optional<Span> cites, List<CitationLayout> citations, Optional<Clause> asOf, Optional<Clause> expected) {

	public ClaimLayout {
		citations = List.copyOf(citations);
	}

	/** The citation at {@code offset}, if any. */
	public Optional<CitationLayout> citationAt(int offset) {
		return citations.stream().filter(citation -> citation.span().touches(offset)).findFirst();
	}

	/**
	 * The same claim after {@code delta} characters were inserted (or removed) before it and
	 * {@code lines} lines.
	 */
	public ClaimLayout shifted(int delta, int lines) {
		return new ClaimLayout(name, span.shifted(delta), line + lines, nameSpan.shifted(delta), text,
				textSpan.map(s -> s.shifted(delta)), cites.map(s -> s.shifted(delta)),
				citations.stream().map(citation -> citation.shifted(delta)).toList(), asOf.map(c -> c.shifted(delta)),
				expected.map(c -> c.shifted(delta)));
	}

	/** Where the header ends: after the text, or the name, when there is no text. */
	public int headerEnd() {
		return textSpan.map(Span::end).orElse(nameSpan.end());
	}
}
