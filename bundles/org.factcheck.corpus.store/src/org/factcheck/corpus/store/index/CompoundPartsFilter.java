package org.factcheck.corpus.store.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.factcheck.text.compounds.CompoundSplitter;

/**
 * Adds the parts of German compounds at the compound's position, so that
 * {@code Waffenlieferungen} also matches {@code Lieferung von Waffen}.
 */
final class CompoundPartsFilter extends TokenFilter {

	private static final int MIN_PART_LENGTH = 3;

	private final CompoundSplitter splitter;
	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final Deque<String> parts = new ArrayDeque<>();
	private State compound;

	CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
		super(input);
		this.splitter = splitter;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!parts.isEmpty()) {
			restoreState(compound);
			term.setEmpty().append(parts.poll());
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (term.length() >= CompoundSplitter.MIN_LENGTH && onlyLetters()) {
			String word = term.toString();
			List<String> split = splitter.split(word);
			if (split.size() > 1) {
				for (String part : split) {
					String lower = part.toLowerCase(Locale.ROOT);
					if (lower.length() >= MIN_PART_LENGTH && !lower.equals(word)) {
						parts.add(lower);
					}
				}
				compound = captureState();
			}
		}
		return true;
	}

	private boolean onlyLetters() {
		char[] buffer = term.buffer();
		for (int i = 0; i < term.length(); i++) {
			if (!Character.isLetter(buffer[i])) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		parts.clear();
		compound = null;
	}
}
