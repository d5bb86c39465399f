package org.factcheck.checkers.quote.matching;

/**
 * A word or number of normalised, case-folded text.
 *
 * @param text  the word as compared
 * @param start offset in the normalised text
 * @param end   end offset in the normalised text
 */
record WordToken(String text, int start, int end) {

	boolean isNumber() {
		return !text.isEmpty() && Character.isDigit(text.charAt(0));
	}
}
