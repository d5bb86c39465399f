package org.factcheck.text.scan;

/** A word, number or punctuation mark found by {@link WordScanner}. */
public record Lexeme(Kind kind, int start, int end, String text) {

	/** What a lexeme is. */
	public enum Kind {
		/** Digits, possibly grouped or with a decimal part: 3, 10.000, 3,4, 24.10.2024, 11:32, 2015/16. */
		NUMBER,
		/** Letters, possibly with inner hyphens, apostrophes and digits: Truppen, US-Soldaten, MiG-29. */
		WORD,
		/** Digits glued to letters: 3D, 20er, 5km. */
		MIXED,
		/** A unit or currency sign: % ‰ € $ £ ¥ °. */
		SYMBOL,
		/** Any other single non-space character. */
		PUNCTUATION
	}

	public boolean is(Kind k) {
		return kind == k;
	}

	public boolean isWord(String word) {
		return kind == Kind.WORD && text.equalsIgnoreCase(word);
	}

	public boolean isPunctuation(char c) {
		return kind == Kind.PUNCTUATION && text.charAt(0) == c;
	}

	public boolean isCapitalized() {
		return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
	}
}
