package org.factcheck.evidence.terms;

import java.util.List;

/**
 * A content word of an analysed text.
 *
 * @param text  the word as written
 * @param start offset in the analysed text
 * @param end   end offset, exclusive
 * @param index position among the text's tokens
 * @param kind  what kind of word it is
 * @param key   the comparison key: lower case, umlauts folded, German light stemming
 * @param parts keys of the compound's parts ({@code Regierungssprecherin} → regierung, sprecherin),
 *              or just the key for a simple word
 */
public record Term(String text, int start, int end, int index, TermKind kind, String key, List<String> parts) {

	public Term {
		parts = List.copyOf(parts);
	}

	public boolean isCompound() {
		return parts.size() > 1;
	}

	public double weight() {
		return kind.weight();
	}
}
