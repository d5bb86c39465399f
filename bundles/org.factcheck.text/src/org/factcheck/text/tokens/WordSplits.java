package org.factcheck.text.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The spans the OpenNLP tokenizer model makes of a text, with the split of each whitespace-separated
 * word remembered. {@link TokenizerME#tokenizePos(String)} cuts the text at white space and decides
 * the splits inside each word from that word's characters alone (its context generator and its
 * abbreviation check see only the word), so a word splits the same wherever it occurs: a run asks
 * the model once per distinct word instead of once per occurrence. Gives exactly the model's spans;
 * thread-safe (the model itself is not: each caller passes its own).
 */
public final class WordSplits {

	/** Distinct words remembered at most; the memory is emptied when it is full. */
	private static final int MAX_WORDS = 200_000;

	/** Spans of a word relative to its start, for words the model splits or may split. */
	private final Map<String, int[]> splits = new ConcurrentHashMap<>();

	/** The spans of {@code text}, as {@code model.tokenizePos(text)} gives them. */
	public Span[] tokenizePos(TokenizerME model, String text) {
		Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
		List<Span> spans = new ArrayList<>(words.length + 8);
		for (Span word : words) {
			int start = word.getStart();
			if (word.length() < 2) {
				spans.add(word);
				continue;
			}
			if (splits.size() >= MAX_WORDS) {
				splits.clear();
			}
			int[] pieces = splits.computeIfAbsent(text.substring(start, word.getEnd()), w -> pieces(model, w));
			for (int i = 0; i < pieces.length; i += 2) {
				spans.add(new Span(start + pieces[i], start + pieces[i + 1]));
			}
		}
		return spans.toArray(Span[]::new);
	}

	private static int[] pieces(TokenizerME model, String word) {
		Span[] spans = model.tokenizePos(word);
		int[] pieces = new int[spans.length * 2];
		for (int i = 0; i < spans.length; i++) {
			pieces[2 * i] = spans[i].getStart();
			pieces[2 * i + 1] = spans[i].getEnd();
		}
		return pieces;
	}
}
