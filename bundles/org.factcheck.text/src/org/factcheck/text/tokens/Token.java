package org.factcheck.text.tokens;

/** A token: a word, number, abbreviation or punctuation mark at [start, end) of the text. */
public record Token(int start, int end, String text) {
}
