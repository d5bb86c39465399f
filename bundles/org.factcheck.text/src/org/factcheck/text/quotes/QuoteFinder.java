package org.factcheck.text.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.text.Whitespace;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.scan.Lexeme;
import org.factcheck.text.scan.Lexeme.Kind;
import org.factcheck.text.scan.PhraseMatcher;
import org.factcheck.text.scan.WordScanner;
import org.factcheck.text.segment.SentenceSplitter;
import org.factcheck.text.segment.TextSpan;

/**
 * Finds quoted speech and its speaker.
 * <p>
 * Quotations are text between matching marks within one line: „…“ or „…”, »…«, «…», “…” and
 * "…"; marks nested inside a quotation are part of it. A line that opens with a dialogue dash and
 * ends in an attribution ({@code – Dies würde …, sagt Miller.}) is a quotation too.
 * <p>
 * The speaker is taken, in this order, from the same sentence: a speech verb right after the
 * closing mark followed by a name ({@code „…“, sagte Yoon}; articles and adjectives before the
 * name are skipped, pronouns give no speaker), a name before a speech verb and colon right before
 * the opening mark ({@code Miller sagt: „…“}), a name and colon ({@code Miller: „…“}), or an
 * attribution anywhere in the sentence ({@code laut AFP}, {@code AFP zufolge}). A name is a run of
 * capitalised words. This is a heuristic: it does not resolve pronouns or speakers named in an
 * earlier sentence.
 */
public final class QuoteFinder {

	private static final String DASHES = "–—-";
	private static final Set<String> SKIPPED_BEFORE_NAME = Set.of("der", "die", "das", "ein", "eine", "dem", "den");
	private static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "man", "wir", "ich", "du", "ihr");

	private final Set<String> speechVerbs = new HashSet<>();
	private final PhraseMatcher<Boolean> attributions = new PhraseMatcher<>();

	private QuoteFinder() {
		for (String verb : DataFile.lines(QuoteFinder.class, "data/speech-verbs.txt")) {
			speechVerbs.add(verb.toLowerCase(Locale.ROOT));
		}
		for (String cue : DataFile.lines(QuoteFinder.class, "data/attribution-cues.txt")) {
			attributions.add(cue, Boolean.TRUE);
		}
	}

	private static final class Holder {
		static final QuoteFinder GERMAN = new QuoteFinder();
	}

	public static QuoteFinder german() {
		return Holder.GERMAN;
	}

	public List<Quote> find(String text) {
		return find(text, SentenceSplitter.german().split(text));
	}

	/** The quotations in {@code text}, whose sentences are already known. */
	public List<Quote> find(String text, List<TextSpan> sentences) {
		List<Quote> quotes = new ArrayList<>();
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || Whitespace.isLineBreak(text.charAt(i))) {
				findInLine(text, lineStart, i, sentences, quotes);
				lineStart = i + 1;
			}
		}
		return quotes;
	}

	private void findInLine(String text, int lineStart, int lineEnd, List<TextSpan> sentences, List<Quote> out) {
		int start = Whitespace.skipForward(text, lineStart, lineEnd);
		if (start >= lineEnd) {
			return;
		}
		int found = out.size();
		int i = start;
		while (i < lineEnd) {
			char c = text.charAt(i);
			char closing = closingFor(text, i, lineStart);
			if (closing == 0) {
				i++;
				continue;
			}
			int close = findClosing(text, i + 1, lineEnd, c, closing);
			if (close < 0) {
				i++;
				continue;
			}
			int qs = Whitespace.skipForward(text, i + 1, close);
			int qe = Whitespace.skipBackward(text, qs, close);
			if (qs < qe) {
				TextSpan sentence = sentenceAround(sentences, i, close, lineStart, lineEnd);
				out.add(new Quote(qs, qe, speaker(text, sentence, i, close + 1)));
			}
			i = close + 1;
		}
		if (out.size() == found && DASHES.indexOf(text.charAt(start)) >= 0) {
			dialogue(text, start, Whitespace.skipBackward(text, start, lineEnd), sentences, out);
		}
	}

	/** The closing mark that matches an opening mark at {@code i}, or 0 if none opens there. */
	private static char closingFor(String text, int i, int lineStart) {
		char closing = switch (text.charAt(i)) {
		case '„' -> '“';
		case '»' -> '«';
		case '«' -> '»';
		case '“' -> '”';
		case '"' -> '"';
		default -> 0;
		};
		if (closing == 0 || closing == '“') {
			return closing;
		}
		boolean atWordStart = i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1));
		boolean beforeWord = i + 1 < text.length() && !Whitespace.isWhitespace(text.charAt(i + 1));
		return atWordStart && beforeWord ? closing : 0;
	}

	private static int findClosing(String text, int from, int lineEnd, char opening, char closing) {
		for (int j = from; j < lineEnd; j++) {
			char c = text.charAt(j);
			if (c == closing || opening == '„' && c == '”') {
				return j;
			}
		}
		return -1;
	}

	/** A line "– words, sagt Miller." quotes the words before the attribution. */
	private void dialogue(String text, int start, int end, List<TextSpan> sentences, List<Quote> out) {
		List<Lexeme> lx = WordScanner.scan(text, start, end);
		for (int k = lx.size() - 2; k > 0; k--) {
			if (lx.get(k).isPunctuation(',') && isSpeechVerb(lx.get(k + 1))) {
				String speaker = nameAfterVerb(lx, k + 2);
				int qs = Whitespace.skipForward(text, start + 1, lx.get(k).start());
				int qe = Whitespace.skipBackward(text, qs, lx.get(k).start());
				if (qs < qe) {
					out.add(new Quote(qs, qe, speaker));
				}
				return;
			}
		}
	}

	private String speaker(String text, TextSpan sentence, int open, int afterClose) {
		List<Lexeme> after = WordScanner.scan(text, afterClose, sentence.end());
		int k = 0;
		if (k < after.size() && after.get(k).isPunctuation(',')) {
			k++;
		}
		if (k < after.size() && isSpeechVerb(after.get(k))) {
			String name = nameAfterVerb(after, k + 1);
			if (name != null) {
				return name;
			}
		}
		List<Lexeme> before = WordScanner.scan(text, sentence.start(), open);
		int last = before.size() - 1;
		if (last >= 1 && before.get(last).isPunctuation(':')) {
			if (isSpeechVerb(before.get(last - 1))) {
				String name = nameBefore(before, last - 2);
				if (name != null) {
					return name;
				}
			} else if (startsSentenceWithName(before, last - 1)) {
				return nameBefore(before, last - 1);
			}
		}
		List<Lexeme> all = WordScanner.scan(text, sentence.start(), sentence.end());
		for (int j = 0; j < all.size(); j++) {
			PhraseMatcher.Match<Boolean> cue = attributions.startingAt(all, j);
			if (cue != null && all.get(j).start() >= afterClose || cue != null && all.get(j).end() <= open) {
				String name = cue.first() == j && all.get(j).isWord("zufolge") ? nameBefore(all, j - 1)
						: nameAfterVerb(all, cue.last() + 1);
				if (name != null) {
					return name;
				}
			}
		}
		return null;
	}

	private boolean isSpeechVerb(Lexeme lexeme) {
		return lexeme.is(Kind.WORD) && speechVerbs.contains(lexeme.text().toLowerCase(Locale.ROOT));
	}

	/** The name after a speech verb: articles and adjectives skipped, pronouns give null. */
	private static String nameAfterVerb(List<Lexeme> lx, int from) {
		int j = from;
		while (j < lx.size() && lx.get(j).is(Kind.WORD) && !lx.get(j).isCapitalized()) {
			String w = lx.get(j).text().toLowerCase(Locale.ROOT);
			if (PRONOUNS.contains(w) || !(SKIPPED_BEFORE_NAME.contains(w) || w.endsWith("e") || w.endsWith("en"))) {
				return null;
			}
			j++;
		}
		int first = j;
		while (j < lx.size() && lx.get(j).isCapitalized()) {
			j++;
		}
		return first < j ? join(lx, first, j - 1) : null;
	}

	/** The run of capitalised words ending at {@code last}. */
	private static String nameBefore(List<Lexeme> lx, int last) {
		int j = last;
		while (j >= 0 && lx.get(j).isCapitalized()) {
			j--;
		}
		if (j == last || j + 1 == last && PRONOUNS.contains(lx.get(last).text().toLowerCase(Locale.ROOT))) {
			return null;
		}
		return join(lx, j + 1, last);
	}

	private static boolean startsSentenceWithName(List<Lexeme> lx, int last) {
		for (int j = 0; j <= last; j++) {
			if (!lx.get(j).isCapitalized()) {
				return false;
			}
		}
		return last >= 0 && last < 4;
	}

	private static String join(List<Lexeme> lx, int first, int last) {
		StringBuilder name = new StringBuilder();
		for (int j = first; j <= last; j++) {
			if (j > first) {
				name.append(' ');
			}
			name.append(lx.get(j).text());
		}
		return name.toString();
	}

	private static TextSpan sentenceAround(List<TextSpan> sentences, int open, int close, int lineStart, int lineEnd) {
		int start = -1;
		int end = -1;
		for (TextSpan sentence : sentences) {
			if (sentence.end() <= lineStart || sentence.start() >= lineEnd) {
				continue;
			}
			if (sentence.contains(open) || start < 0 && sentence.start() > open) {
				start = sentence.start();
			}
			if (sentence.start() <= close) {
				end = sentence.end();
			}
		}
		if (start < 0 || end < start) {
			return new TextSpan(lineStart, lineEnd);
		}
		return new TextSpan(start, end);
	}
}
