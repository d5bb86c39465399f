package org.factcheck.claims.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of a query's words a passage shares, each weighted by how rare it is among the
 * passages compared, so that words every sentence has count little.
 */
final class WordOverlap {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Set<String> queryWords;
	private final Map<String, Integer> passagesWithWord = new HashMap<>();
	private final int passageCount;

	WordOverlap(String query, List<String> passages) {
		this.queryWords = words(query);
		this.passageCount = passages.size();
		for (String passage : passages) {
			for (String word : words(passage)) {
				passagesWithWord.merge(word, 1, Integer::sum);
			}
		}
	}

	float score(String passage) {
		double score = 0;
		for (String word : words(passage)) {
			if (queryWords.contains(word)) {
				score += Math.log(1.0 + (double) passageCount / passagesWithWord.getOrDefault(word, 1));
			}
		}
		return (float) score;
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.GERMAN));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}
}
