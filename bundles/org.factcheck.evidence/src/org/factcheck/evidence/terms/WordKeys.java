package org.factcheck.evidence.terms;

import java.util.Locale;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Comparison keys for German words: lower case, then the Snowball German stemmer (as shipped with
 * OpenNLP), then umlauts folded, so that inflected forms share a key (Truppen, Truppe → trupp).
 */
public final class WordKeys {

	private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal
			.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));

	private WordKeys() {
	}

	public static String key(String word) {
		String stem = STEMMER.get().stem(word.toLowerCase(Locale.GERMAN)).toString();
		return stem.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
	}
}
