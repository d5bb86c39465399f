package org.factcheck.text.tokens;

import java.util.List;

/**
 * A word the tagger takes for punctuation: names written with a lower-case particle and a hyphen
 * (al-Kaida, al-Nusra, el-Sisi) are tagged PUNCT by the German model, which would drop them from
 * every comparison. A token of two letters or more is never punctuation: it is a proper noun when
 * it has a capital letter, a noun otherwise.
 */
final class WordsTakenForPunctuation {

	private WordsTakenForPunctuation() {
	}

	/** Retags, in place, the words among {@code tokens} tagged as punctuation. */
	static void retag(List<Token> tokens, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			if (tags.get(i).equals("PUNCT") && letters(tokens.get(i).text()) >= 2) {
				tags.set(i, hasCapital(tokens.get(i).text()) ? "PROPN" : "NOUN");
			}
		}
	}

	private static int letters(String text) {
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				letters++;
			}
		}
		return letters;
	}

	private static boolean hasCapital(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isUpperCase(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}
}
