package org.factcheck.corpus.store.importer;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.store.RangeCoverage;
import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.dates.DateFinder;
import org.factcheck.text.segment.TextSpan;

/**
 * Reads metadata from a document's text:
 * <ul>
 * <li>url: a {@code Quelle: URL} line (or {@code Quelle:} with the URL on the next line);</li>
 * <li>publisher: the URL's host without {@code www.};</li>
 * <li>published: the first full date in a date line or sign-off ({@code 24.10.2024},
 * {@code (APA, 12.9.2015)});</li>
 * <li>title: the first paragraph that is not furniture when it is a headline (at most
 * {@value #MAX_TITLE_WORDS} words, not ending with a period, followed by more text); otherwise the
 * first sentence, shortened at a word boundary to {@value #MAX_TITLE_LENGTH} characters.</li>
 * </ul>
 */
public final class MetadataExtractor {

	static final int MAX_TITLE_WORDS = 20;
	static final int MAX_TITLE_LENGTH = 120;
	private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"“”„]+");

	private MetadataExtractor() {
	}

	public static DocumentMetadata extract(String text, List<TextSpan> paragraphs, List<List<TextSpan>> sentences,
			List<FurnitureSpan> furniture) {
		String url = sourceUrl(text, paragraphs);
		return new DocumentMetadata(title(text, paragraphs, sentences, furniture), url, host(url),
				published(text, furniture));
	}

	private static String sourceUrl(String text, List<TextSpan> paragraphs) {
		for (int p = 0; p < paragraphs.size(); p++) {
			TextSpan span = paragraphs.get(p);
			if (span.end() - span.start() < 6 || !text.regionMatches(true, span.start(), "quelle", 0, 6)) {
				continue;
			}
			String paragraph = span.of(text);
			String rest = paragraph.substring("quelle".length()).stripLeading();
			if (!rest.startsWith(":")) {
				continue;
			}
			Matcher url = URL.matcher(rest);
			if (url.find()) {
				return trimUrl(url.group());
			}
			if (p + 1 < paragraphs.size()) {
				Matcher next = URL.matcher(paragraphs.get(p + 1).of(text));
				if (next.lookingAt()) {
					return trimUrl(next.group());
				}
			}
		}
		return null;
	}

	private static String trimUrl(String url) {
		String trimmed = url;
		while (!trimmed.isEmpty() && ".,;:)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.startsWith("www.") ? "https://" + trimmed : trimmed;
	}

	private static String host(String url) {
		if (url == null) {
			return null;
		}
		try {
			String host = URI.create(url).getHost();
			if (host == null) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate published(String text, List<FurnitureSpan> furniture) {
		for (FurnitureSpan span : furniture) {
			if (span.kind() != FurnitureKind.METADATA) {
				continue;
			}
			for (DateExpression date : DateFinder.german().find(span.span().of(text))) {
				if (date.year() > 0 && date.month() > 0 && date.day() > 0 && !date.isRange()) {
					try {
						return LocalDate.of(date.year(), date.month(), date.day());
					} catch (DateTimeException e) {
						// an impossible date is no publication date
					}
				}
			}
		}
		return null;
	}

	private static String title(String text, List<TextSpan> paragraphs, List<List<TextSpan>> sentences,
			List<FurnitureSpan> furniture) {
		List<int[]> ranges = furniture.stream().map(f -> new int[] { f.span().start(), f.span().end() }).toList();
		RangeCoverage coverage = RangeCoverage.of(text, ranges);
		for (int p = 0; p < paragraphs.size(); p++) {
			TextSpan paragraph = paragraphs.get(p);
			if (coverage.contains(paragraph.start(), paragraph.end())) {
				continue;
			}
			String line = paragraph.of(text);
			boolean headline = words(line) <= MAX_TITLE_WORDS && !line.endsWith(".") && p + 1 < paragraphs.size();
			if (headline) {
				return line;
			}
			List<TextSpan> own = sentences.get(p);
			return shorten(own.isEmpty() ? line : own.get(0).of(text));
		}
		return null;
	}

	static String shorten(String sentence) {
		if (sentence.length() <= MAX_TITLE_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
		if (cut < MAX_TITLE_LENGTH / 2) {
			cut = MAX_TITLE_LENGTH - 1;
		}
		String head = sentence.substring(0, cut);
		while (!head.isEmpty() && ",;:–-".indexOf(head.charAt(head.length() - 1)) >= 0) {
			head = head.substring(0, head.length() - 1).stripTrailing();
		}
		return head + " …";
	}

	/** The number of parts of {@code s.strip().split("\\s+")} (0 for a blank string), counted without a regular expression. */
	private static int words(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && Character.isWhitespace(s.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		if (start == end) {
			return 0;
		}
		int words = 1;
		for (int i = start + 1; i < end; i++) {
			if (isAsciiSpace(s.charAt(i)) && !isAsciiSpace(s.charAt(i - 1))) {
				words++;
			}
		}
		return words;
	}

	/** What the regular expression {@code \\s} matches. */
	private static boolean isAsciiSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}
}
