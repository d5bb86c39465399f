package org.factcheck.text.tokens;

import java.util.List;

/**
 * A word the tagger takes for punctuation: the German model tags some hyphenated words PUNCT
 * (al-Nusra, el-Sisi, das deutsch-französische Konsortium, Rot-Grün), which would drop them from
 * every comparison and make them look like clause boundaries. A token of two letters or more is
 * never punctuation: a name after a lower-case particle (al-Nusra) is a proper noun, another
 * capitalised word a noun, a lower-case hyphenated word an adjective, any other word a noun.
 */
final class WordsTakenForPunctuation {

	private WordsTakenForPunctuation() {
	}

	/** Retags, in place, the words among {@code tokens} tagged as punctuation. */
	static void retag(List<Token> tokens, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			if (tags.get(i).equals("PUNCT") && letters(tokens.get(i).text()) >= 2) {
				tags.set(i, tagOf(tokens.get(i).text()));
			}
		}
	}

	private static String tagOf(String word) {
		if (Character.isUpperCase(word.charAt(0))) {
			return "NOUN";
		}
		return hasCapital(word) ? "PROPN" : word.indexOf('-') > 0 ? "ADJ" : "NOUN";
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
