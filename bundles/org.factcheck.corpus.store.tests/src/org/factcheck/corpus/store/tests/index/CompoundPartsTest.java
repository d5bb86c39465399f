package org.factcheck.corpus.store.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The sentence analysis adds a compound's parts at its position, the same each time the word comes
 * back, however many words the analysis has seen before.
 */
class CompoundPartsTest {

	private final Analyzer analyzer = new GermanSentenceAnalyzer();

	/** Each token as {@code term} or, at the position of the token before it, {@code +term}. */
	private List<String> tokens(String text) throws IOException {
		return tokens(analyzer, text);
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add((position.getPositionIncrement() == 0 ? "+" : "") + term);
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void aCompoundAddsItsPartsAtItsPositionEveryTimeItComesBack() throws IOException {
		List<String> first = tokens("Die Waffenlieferungen kamen spät.");
		assertEquals(List.of("waffenlieferung", "+waff", "+lieferung", "kam", "spat"), first);
		assertEquals(first, tokens("Die WAFFENLIEFERUNGEN kamen spät."));
		assertEquals(List.of("waffenlieferung", "+waff", "+lieferung", "waffenlieferung", "+waff", "+lieferung"),
				tokens("Waffenlieferungen, Waffenlieferungen"));
	}

	@Test
	void wordsThatAreNoCompoundsAddNothing() throws IOException {
		assertEquals(List.of("regierung", "beschloss", "massnahm"), tokens("Regierung beschloss Maßnahmen"));
		assertEquals(List.of("regierung", "beschloss", "massnahm"), tokens("Regierung beschloss Maßnahmen"));
	}

	/**
	 * A word gets the same tokens from an analysis that has seen many other words (more than it keeps
	 * the parts of) as from a new one.
	 */
	@Test
	void thePartsDoNotDependOnTheWordsSeenBefore() throws IOException {
		List<String> words = List.of("Sicherheitsrat", "Bundesregierung", "Haushaltsdebatte", "Waffenlieferungen",
				"Regierung", "Kanzleramt", "Arbeitslosigkeit", "Bundestagswahl", "Nato-Gipfel", "Ölpreisschock");
		List<List<String>> fresh = new ArrayList<>();
		for (String word : words) {
			try (Analyzer alone = new GermanSentenceAnalyzer()) {
				fresh.add(tokens(alone, word));
			}
		}
		assertEquals(List.of("sicherheitsrat", "+sicherheit", "+rat"), fresh.get(0));
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < words.size(); i++) {
				assertEquals(fresh.get(i), tokens(words.get(i)), words.get(i) + " in round " + round);
			}
			StringBuilder filler = new StringBuilder();
			for (int i = 0; i < 30_000; i++) {
				filler.append(" Zqx").append(Integer.toString(round * 30_000 + i, 20).replaceAll("[0-9]", "w")).append("qy");
				if (i % 1000 == 999) {
					tokens(filler.toString());
					filler.setLength(0);
				}
			}
		}
	}
}
