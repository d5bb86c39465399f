package org.factcheck.checkers.quote.matching;

import java.util.ArrayList;
import java.util.Comparator;
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

	/**
	 * Every place the document has the quote: the verbatim occurrences, or else every passage that
	 * comes close enough, best first (a headline and the body often repeat the same words).
	 */
	public List<QuoteMatch> findAll(String quote) {
		String needle = stripQuotationMarks(TextNormalizer.normalize(quote).foldCase().text());
		if (needle.isEmpty()) {
			return List.of();
		}
		List<QuoteMatch> exact = new ArrayList<>();
		for (int at = document.text().indexOf(needle); at >= 0; at = document.text().indexOf(needle, at + needle.length())) {
			exact.add(new QuoteMatch(QuoteMatch.Kind.EXACT, document.originalStart(at),
					document.originalEnd(at + needle.length()), 1, List.of(), false, false, false));
		}
		if (!exact.isEmpty()) {
			return exact;
		}
		List<WordToken> quoteWords = words(needle);
		return quoteWords.isEmpty() ? List.of() : closest(quoteWords);
	}

	private List<QuoteMatch> closest(List<WordToken> quote) {
		int m = quote.size();
		List<Alignment> close = new ArrayList<>();
		for (int length : new int[] { m, m - 1, m + 1 }) {
			if (length < 1) {
				continue;
			}
			for (int from = 0; from + length <= documentWords.size(); from++) {
				if (!sharesAWord(quote, from, length)) {
					continue;
				}
				Alignment alignment = Alignment.of(quote, documentWords.subList(from, from + length)).at(from);
				if (closeEnough(alignment, quote)) {
					close.add(alignment);
				}
			}
		}
		close.sort(Comparator.comparingInt(Alignment::distance));
		List<Alignment> chosen = new ArrayList<>();
		for (Alignment alignment : close) {
			if (chosen.stream().noneMatch(other -> overlap(alignment, other))) {
				chosen.add(alignment);
			}
		}
		List<QuoteMatch> matches = new ArrayList<>();
		for (Alignment alignment : chosen) {
			WordToken first = documentWords.get(alignment.from());
			WordToken last = documentWords.get(alignment.from() + alignment.length() - 1);
			matches.add(new QuoteMatch(QuoteMatch.Kind.NEAR, document.originalStart(first.start()),
					document.originalEnd(last.end()), similarity(alignment, m), alignment.differences(),
					alignment.numbersDiffer(), alignment.inflectionOnly(), m <= 3));
		}
		return matches;
	}

	private static double similarity(Alignment alignment, int quoteLength) {
		return 1 - (double) alignment.distance() / Math.max(quoteLength, alignment.length());
	}

	private static boolean closeEnough(Alignment alignment, List<WordToken> quote) {
		long contentWords = quote.stream().filter(word -> word.text().length() > 3).count();
		boolean mostContentKept = alignment.matchedContentWords() * 2 >= contentWords && alignment.matchedContentWords() > 0;
		return mostContentKept
				&& similarity(alignment, quote.size()) >= (quote.size() <= 3 ? SHORT_QUOTE_THRESHOLD : NEAR_THRESHOLD);
	}

	private static boolean overlap(Alignment a, Alignment b) {
		return a.from() < b.from() + b.length() && b.from() < a.from() + a.length();
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
