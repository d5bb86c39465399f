package org.factcheck.checkers.quote.matching;

import java.util.List;

/**
 * Where and how well a quoted passage occurs in a document.
 *
 * @param kind        exact, near (differs in some words) or absent
 * @param start       offset of the matching passage in the document text (absent: -1)
 * @param end         end offset, exclusive
 * @param similarity  share of the quote's words found in place, 0 to 1
 * @param differences the words that differ, as "quoted → document" pairs ("x → (missing)" for
 *                    dropped words); empty for an exact match
 * @param numbersDiffer whether a number differs
 * @param inflectionOnly whether every difference is only another form of the same word
 * @param shortQuote  whether the quote has three words or fewer, so that a near match needs
 *                    support from its context
 */
public record QuoteMatch(Kind kind, int start, int end, double similarity, List<String> differences,
		boolean numbersDiffer, boolean inflectionOnly, boolean shortQuote) {

	/** How a quote occurs. */
	public enum Kind {
		EXACT, NEAR, ABSENT
	}

	public QuoteMatch {
		differences = List.copyOf(differences);
	}

	public static QuoteMatch absent() {
		return new QuoteMatch(Kind.ABSENT, -1, -1, 0, List.of(), false, false, false);
	}
}
