package org.factcheck.checkers.quote.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.normalize.NormalizedText;
import org.factcheck.text.normalize.TextNormalizer;

/**
 * Finds a quoted passage in a document: verbatim after normalising whitespace, typographic quotes,
 * dashes, hyphenation and case; otherwise the closest passage of about the same length, compared
 * word by word, so that a quote that changes a word or a number is recognised as a misquote.
 */
public final class QuoteLocator {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'-]*|\\p{N}+(?:[.,:]\\p{N}+)*");
	private static final double NEAR_THRESHOLD = 0.6;
	/** A quote of two or three words with one of them changed is still that quote, misquoted. */
	private static final double SHORT_QUOTE_THRESHOLD = 0.5;

	private final NormalizedText document;
	private final List<WordToken> documentWords;

	public QuoteLocator(String documentText) {
		this.document = TextNormalizer.normalize(documentText).foldCase();
		this.documentWords = words(document.text());
	}

	public QuoteMatch find(String quote) {
		String needle = stripQuotationMarks(TextNormalizer.normalize(quote).foldCase().text());
		if (needle.isEmpty()) {
			return QuoteMatch.absent();
		}
		int at = document.text().indexOf(needle);
		if (at >= 0) {
			return new QuoteMatch(QuoteMatch.Kind.EXACT, document.originalStart(at),
					document.originalEnd(at + needle.length()), 1, List.of(), false, false, false);
		}
		List<WordToken> quoteWords = words(needle);
		if (quoteWords.isEmpty()) {
			return QuoteMatch.absent();
		}
		return closest(quoteWords);
	}

	private QuoteMatch closest(List<WordToken> quote) {
		int m = quote.size();
		Alignment best = null;
		for (int length : new int[] { m, m - 1, m + 1 }) {
			if (length < 1) {
				continue;
			}
			for (int from = 0; from + length <= documentWords.size(); from++) {
				if (!sharesAWord(quote, from, length)) {
					continue;
				}
				Alignment alignment = Alignment.of(quote, documentWords.subList(from, from + length));
				if (best == null || alignment.distance() < best.distance()) {
					best = alignment.at(from);
				}
			}
		}
		if (best == null) {
			return QuoteMatch.absent();
		}
		double similarity = 1 - (double) best.distance() / Math.max(m, best.length());
		long contentWords = quote.stream().filter(word -> word.text().length() > 3).count();
		boolean mostContentKept = best.matchedContentWords() * 2 >= contentWords && best.matchedContentWords() > 0;
		if (!mostContentKept || similarity < (m <= 3 ? SHORT_QUOTE_THRESHOLD : NEAR_THRESHOLD)) {
			return QuoteMatch.absent();
		}
		WordToken first = documentWords.get(best.from());
		WordToken last = documentWords.get(best.from() + best.length() - 1);
		return new QuoteMatch(QuoteMatch.Kind.NEAR, document.originalStart(first.start()),
				document.originalEnd(last.end()), similarity, best.differences(), best.numbersDiffer(),
				best.inflectionOnly(), m <= 3);
	}

	private boolean sharesAWord(List<WordToken> quote, int from, int length) {
		for (int i = from; i < from + length; i++) {
			String word = documentWords.get(i).text();
			for (WordToken q : quote) {
				if (q.text().equals(word) && word.length() > 3) {
					return true;
				}
			}
		}
		return false;
	}

	static List<WordToken> words(String text) {
		List<WordToken> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new WordToken(matcher.group(), matcher.start(), matcher.end()));
		}
		return words;
	}

	private static String stripQuotationMarks(String text) {
		String stripped = text.strip();
		while (!stripped.isEmpty() && "\"'".indexOf(stripped.charAt(0)) >= 0) {
			stripped = stripped.substring(1).strip();
		}
		while (!stripped.isEmpty() && "\"'".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		return stripped;
	}
}
