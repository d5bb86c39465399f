package org.factcheck.text.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.text.Whitespace;
import org.factcheck.text.dates.MonthNames;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.models.GermanModels;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits German news text into sentences.
 * <p>
 * A sentence never spans a line break (headlines and other lines without final punctuation are
 * sentences of their own). Within a line, every sentence-final mark ({@code . ! ? …}, possibly
 * followed by closing quotes or brackets, then white space) is a candidate boundary; rules reject
 * candidates followed by lower case, after abbreviations ({@code z. B.}, {@code Dr.}), initials,
 * ordinals and dates ({@code am 7. November}, {@code der 3. Platz}); a boundary inside a quotation
 * ends after its closing mark; the OpenNLP German sentence model decides what the rules leave open
 * (abbreviations that may end a sentence, a number followed by a period). Spans are trimmed.
 * <p>
 * A sentence is at most {@value #MAX_LENGTH} characters long: a longer run of text without a
 * sentence end (a list, a table row, a file that is not prose) is cut at a comma, semicolon,
 * colon or dash, else at a space, else anywhere, so that every later analysis of a sentence has
 * bounded cost.
 */
public final class SentenceSplitter {

	private enum Decision {
		SPLIT, KEEP, ASK_MODEL
	}

	/** The longest sentence this splitter returns, in characters. */
	public static final int MAX_LENGTH = 1000;

	private static final String TERMINALS = ".!?…";
	private static final String CLAUSE_ENDS = ",;:–—";
	private static final String CLOSING_QUOTES = "“”\"»«’'›‹";
	private static final String CLOSING_BRACKETS = ")]";
	private static final String OPENING = "([{„\"«»‚‘“‹›'";
	private static final Pattern INFLECTED_ADJECTIVE = Pattern.compile("\\p{Ll}+(?:e|en|er|es|em)");

	private final Abbreviations abbreviations = Abbreviations.german();
	private final MonthNames months = MonthNames.german();
	private final Set<String> ordinalCues = new HashSet<>();
	private final Set<String> units = new HashSet<>();
	private final Set<String> ordinalNouns = new HashSet<>();

	private SentenceSplitter() {
		for (String cue : DataFile.lines(SentenceSplitter.class, "data/ordinal-cues.txt")) {
			ordinalCues.add(cue.toLowerCase(Locale.ROOT));
		}
		ordinalNouns.addAll(DataFile.lines(SentenceSplitter.class, "data/ordinal-nouns.txt"));
		for (String[] row : DataFile.table(SentenceSplitter.class, "data/units.txt", 3)) {
			units.add(row[0]);
		}
	}

	private static final class Holder {
		static final SentenceSplitter GERMAN = new SentenceSplitter();
	}

	public static SentenceSplitter german() {
		return Holder.GERMAN;
	}

	public List<TextSpan> split(String text) {
		return split(text, TextSpan.all(text));
	}

	/** The sentences of {@code text} inside {@code within}, in order, trimmed and not overlapping. */
	public List<TextSpan> split(String text, TextSpan within) {
		List<TextSpan> sentences = new ArrayList<>();
		int lineStart = within.start();
		for (int i = within.start(); i <= within.end(); i++) {
			if (i == within.end() || Whitespace.isLineBreak(text.charAt(i))) {
				int start = Whitespace.skipForward(text, lineStart, i);
				int end = Whitespace.skipBackward(text, start, i);
				if (start < end) {
					splitLine(text, start, end, sentences);
				}
				lineStart = i + 1;
			}
		}
		return sentences;
	}

	private void splitLine(String text, int lineStart, int lineEnd, List<TextSpan> out) {
		int sentenceStart = lineStart;
		List<Integer> modelBoundaries = null;
		int i = lineStart;
		while (i < lineEnd) {
			if (TERMINALS.indexOf(text.charAt(i)) < 0) {
				i++;
				continue;
			}
			int punctuationStart = i;
			int punctuationEnd = i;
			while (punctuationEnd < lineEnd && TERMINALS.indexOf(text.charAt(punctuationEnd)) >= 0) {
				punctuationEnd++;
			}
			int boundary = punctuationEnd;
			boolean closedQuote = false;
			while (boundary < lineEnd && (CLOSING_QUOTES.indexOf(text.charAt(boundary)) >= 0
					|| CLOSING_BRACKETS.indexOf(text.charAt(boundary)) >= 0)) {
				closedQuote |= CLOSING_QUOTES.indexOf(text.charAt(boundary)) >= 0;
				boundary++;
			}
			if (boundary >= lineEnd) {
				break;
			}
			if (!Whitespace.isWhitespace(text.charAt(boundary))) {
				i = punctuationEnd;
				continue;
			}
			Decision decision = decide(text, lineStart, lineEnd, punctuationStart, punctuationEnd, boundary, closedQuote);
			boolean split = decision == Decision.SPLIT;
			if (decision == Decision.ASK_MODEL) {
				if (modelBoundaries == null) {
					modelBoundaries = modelBoundaries(text, lineStart, lineEnd);
				}
				split = containsBetween(modelBoundaries, punctuationEnd, boundary);
			}
			if (split) {
				addTrimmed(text, sentenceStart, boundary, out);
				sentenceStart = boundary;
			}
			i = boundary;
		}
		addTrimmed(text, sentenceStart, lineEnd, out);
	}

	private Decision decide(String text, int lineStart, int lineEnd, int punctuationStart, int punctuationEnd,
			int boundary, boolean closedQuote) {
		int next = Whitespace.skipForward(text, boundary, lineEnd);
		char following = text.charAt(next);
		if (Character.isLowerCase(following) || ",;:)]".indexOf(following) >= 0) {
			return Decision.KEEP;
		}
		if (punctuationEnd - punctuationStart > 1 || text.charAt(punctuationStart) != '.' || closedQuote) {
			return Decision.SPLIT;
		}
		int wordStart = punctuationStart;
		while (wordStart > lineStart && !Whitespace.isWhitespace(text.charAt(wordStart - 1))
				&& OPENING.indexOf(text.charAt(wordStart - 1)) < 0) {
			wordStart--;
		}
		String word = text.substring(wordStart, punctuationStart);
		if (word.isEmpty()) {
			return Decision.SPLIT;
		}
		Abbreviations.Kind abbreviation = abbreviations.kindEndingAt(text, lineStart, punctuationStart + 1);
		int hyphen = word.lastIndexOf('-');
		if (abbreviation == null && hyphen >= 0) {
			abbreviation = abbreviations.kindOf(word.substring(hyphen + 1) + ".");
		}
		if (abbreviation != null) {
			if (abbreviation == Abbreviations.Kind.INNER || units.contains(lettersAt(text, next, lineEnd))) {
				return Decision.KEEP;
			}
			return Decision.ASK_MODEL;
		}
		if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
			return Decision.KEEP;
		}
		if (isOrdinalDigits(word)) {
			if (Character.isDigit(following) || months.month(wordAt(text, next, lineEnd)) != null
					|| ordinalNouns.contains(lettersAt(text, next, lineEnd))) {
				return Decision.KEEP;
			}
			return isOrdinalContext(text, lineStart, wordStart) ? Decision.KEEP : Decision.ASK_MODEL;
		}
		if (isRomanNumeral(word)) {
			return Decision.ASK_MODEL;
		}
		return Decision.SPLIT;
	}

	/**
	 * Whether the number before a period at {@code numberStart} reads as an ordinal: after a
	 * determiner (der 3. Platz, am 7.), a determiner and an adjective (des frühen 20.
	 * Jahrhunderts), an adjective or participle the lexicon never reads as a verb (das stattfindende
	 * 63. Treffen), or as an item of an enumeration (, 5. / : 1. / – 2.).
	 */
	private boolean isOrdinalContext(String text, int lineStart, int numberStart) {
		String previous = wordBefore(text, lineStart, numberStart);
		if (previous == null) {
			return false;
		}
		char last = previous.charAt(previous.length() - 1);
		if (last == ',' || last == ':' || last == '(' || "–—-".indexOf(last) >= 0 && previous.length() == 1) {
			return true;
		}
		if (ordinalCues.contains(previous.toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (INFLECTED_ADJECTIVE.matcher(previous).matches()) {
			int previousStart = Whitespace.skipBackward(text, lineStart, numberStart) - previous.length();
			String beforePrevious = wordBefore(text, lineStart, previousStart);
			return beforePrevious != null && ordinalCues.contains(beforePrevious.toLowerCase(Locale.ROOT)) || onlyAdjective(previous);
		}
		return false;
	}

	/**
	 * Whether the lexicon knows the word as an inflected adjective or participle and never as a verb
	 * (das ab Donnerstag stattfindende 63. Treffen): a sentence does not end on such a word and a
	 * number.
	 */
	private static boolean onlyAdjective(String word) {
		List<Reading> readings = GermanLexicon.german().readings(word);
		return readings.stream().anyMatch(Reading::isAdjective) && readings.stream().noneMatch(Reading::isVerb);
	}

	private static String lettersAt(String text, int start, int end) {
		int i = start;
		while (i < end && Character.isLetter(text.charAt(i))) {
			i++;
		}
		return text.substring(start, i);
	}

	private static boolean isOrdinalDigits(String word) {
		if (word.length() > 3) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRomanNumeral(String word) {
		return word.length() <= 5 && word.matches("[IVXLC]+");
	}

	/** The word starting at {@code start} including a final period, for month abbreviations. */
	private static String wordAt(String text, int start, int end) {
		int i = start;
		while (i < end && (Character.isLetter(text.charAt(i)))) {
			i++;
		}
		if (i < end && text.charAt(i) == '.') {
			String withPeriod = text.substring(start, i + 1);
			return withPeriod;
		}
		return text.substring(start, i);
	}

	private static String wordBefore(String text, int lineStart, int position) {
		int end = Whitespace.skipBackward(text, lineStart, position);
		int start = end;
		while (start > lineStart && !Whitespace.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return start < end ? text.substring(start, end) : null;
	}

	/** OpenNLP sentence detectors are not thread-safe and costly to create: one per thread. */
	private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal
			.withInitial(() -> new SentenceDetectorME(GermanModels.sentences()));

	private static List<Integer> modelBoundaries(String text, int lineStart, int lineEnd) {
		SentenceDetectorME detector = DETECTOR.get();
		List<Integer> ends = new ArrayList<>();
		for (Span span : detector.sentPosDetect(text.substring(lineStart, lineEnd))) {
			ends.add(lineStart + span.getEnd());
		}
		return ends;
	}

	/** Whether a boundary lies in [from, to]; the boundaries are in ascending order. */
	private static boolean containsBetween(List<Integer> boundaries, int from, int to) {
		int index = Collections.binarySearch(boundaries, from);
		int next = index >= 0 ? index : -index - 1;
		return next < boundaries.size() && boundaries.get(next) <= to;
	}

	private static void addTrimmed(String text, int start, int end, List<TextSpan> out) {
		int s = Whitespace.skipForward(text, start, end);
		int e = Whitespace.skipBackward(text, s, end);
		while (e - s > MAX_LENGTH) {
			int cut = cutBefore(text, s, s + MAX_LENGTH);
			int pieceEnd = Whitespace.skipBackward(text, s, cut);
			if (pieceEnd > s) {
				out.add(new TextSpan(s, pieceEnd));
			}
			s = Whitespace.skipForward(text, cut, e);
		}
		if (s < e) {
			out.add(new TextSpan(s, e));
		}
	}

	/**
	 * Where to end a piece of an overlong sentence that starts at {@code start} and may reach
	 * {@code limit}: after a clause end in the second half, else at the last space, else at the
	 * limit (never between the halves of a surrogate pair).
	 */
	private static int cutBefore(String text, int start, int limit) {
		int half = start + (limit - start) / 2;
		for (int i = limit - 1; i > half; i--) {
			if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && Whitespace.isWhitespace(text.charAt(i + 1))) {
				return i + 1;
			}
		}
		for (int i = limit; i > start + 1; i--) {
			if (Whitespace.isWhitespace(text.charAt(i - 1))) {
				return i;
			}
		}
		return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
	}
}
