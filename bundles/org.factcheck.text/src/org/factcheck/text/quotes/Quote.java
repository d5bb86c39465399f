package org.factcheck.text.quotes;

/**
 * Quoted words in a text.
 *
 * @param start   offset of the first quoted character (after the opening mark)
 * @param end     end offset of the quoted words (before the closing mark), exclusive
 * @param speaker who the sentence says spoke the words ({@code Yoon}, {@code Miller},
 *                {@code Präsident Yoon Suk Yeol}, {@code AFP}), or null
 */
public record Quote(int start, int end, String speaker) {
}
