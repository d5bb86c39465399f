package org.factcheck.corpus.store.index;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.factcheck.text.compounds.CompoundSplitter;

/**
 * Adds the parts of German compounds at the compound's position, so that
 * {@code Waffenlieferungen} also matches {@code Lieferung von Waffen}.
 * <p>
 * The parts each word adds are kept by the filter (one per thread and analyzer) and looked up by the
 * term's characters: the same words come back sentence after sentence, and making a String of
 * every long token to look it up in the splitter's shared cache, then lower-casing its parts again,
 * was most of this filter's cost in an import.
 */
final class CompoundPartsFilter extends TokenFilter {

	private static final int MIN_PART_LENGTH = 3;
	/** How many words' parts a filter keeps; emptied when full. */
	static final int MAX_KEPT_WORDS = 50_000;
	private static final String[] NO_PARTS = new String[0];

	private final CompoundSplitter splitter;
	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final CharArrayMap<String[]> kept = new CharArrayMap<>(1024, false);
	private String[] parts = NO_PARTS;
	private int next;
	private State compound;

	CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
		super(input);
		this.splitter = splitter;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (next < parts.length) {
			restoreState(compound);
			term.setEmpty().append(parts[next++]);
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (term.length() >= CompoundSplitter.MIN_LENGTH && onlyLetters()) {
			String[] found = kept.get(term.buffer(), 0, term.length());
			if (found == null) {
				String word = term.toString();
				found = partsOf(word);
				if (kept.size() >= MAX_KEPT_WORDS) {
					kept.clear();
				}
				kept.put(word, found);
			}
			if (found.length > 0) {
				parts = found;
				next = 0;
				compound = captureState();
			}
		}
		return true;
	}

	/** The lower-cased parts {@code word} adds: none unless it is a compound. */
	private String[] partsOf(String word) {
		List<String> split = splitter.split(word);
		if (split.size() <= 1) {
			return NO_PARTS;
		}
		return split.stream().map(part -> part.toLowerCase(Locale.ROOT))
				.filter(lower -> lower.length() >= MIN_PART_LENGTH && !lower.equals(word)).toArray(String[]::new);
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
		parts = NO_PARTS;
		next = 0;
		compound = null;
	}
}
