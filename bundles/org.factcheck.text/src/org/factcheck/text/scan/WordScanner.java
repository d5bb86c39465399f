package org.factcheck.text.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.factcheck.text.Whitespace;

/**
 * Splits text into numbers, words, unit signs and punctuation with exact offsets: a fast,
 * deterministic lexer for the number, date and quotation finders (the OpenNLP tokenizer serves
 * linguistic analysis).
 */
public final class WordScanner {

	/** Texts up to this length are remembered after a scan (a news article is some thousands). */
	private static final int REMEMBERED = 1 << 20;

	/** The last text scanned by a thread and its lines; compared by identity. */
	private record Scanned(String text, List<List<Lexeme>> lines) {
	}

	private static final ThreadLocal<Scanned> LAST = new ThreadLocal<>();

	private WordScanner() {
	}

	public static List<Lexeme> scan(String text) {
		return scan(text, 0, text.length());
	}

	public static List<Lexeme> scan(String text, int start, int end) {
		List<Lexeme> lexemes = new ArrayList<>();
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			if (Whitespace.isWhitespace(c)) {
				i++;
				continue;
			}
			int cp = codePoint(text, i, end);
			Lexeme.Kind kind;
			int next;
			if (isDigit(cp)) {
				int mixed = mixedEnd(text, i, end);
				kind = mixed > 0 ? Lexeme.Kind.MIXED : Lexeme.Kind.NUMBER;
				next = mixed > 0 ? mixed : numberEnd(text, i, end);
			} else if (isLetter(cp) || isMark(cp)) {
				kind = Lexeme.Kind.WORD;
				next = wordEnd(text, i, end);
			} else if (SYMBOLS.indexOf(c) >= 0) {
				kind = Lexeme.Kind.SYMBOL;
				next = i + 1;
			} else {
				kind = Lexeme.Kind.PUNCTUATION;
				next = Character.isHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
			}
			lexemes.add(new Lexeme(kind, i, next, text.substring(i, next)));
			i = next;
		}
		return lexemes;
	}

	// The lexer below is the hand-written form of these expressions, tried in this order at a
	// position (ASCII digits; letters and marks are Unicode categories L and M):
	// mixed   \d+(?:[.,]\d+)*\p{L}[\p{L}\p{M}\d]*(?:-[\p{L}\p{M}\d]+)*
	// number  \d+(?:[.,:/]\d+|[\u00A0\u202F\u2009]\d{3}(?!\d))*
	// word    [\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-][\p{L}\p{M}\d]+)*
	// symbol  [%‰€$£¥°]

	private static final String SYMBOLS = "%‰€$£¥°";
	private static final String WORD_JOINERS = "'’-";
	private static final String NUMBER_SEPARATORS = ".,:/";
	private static final String GROUP_SPACES = "\u00A0\u202F\u2009";

	/** The end of a mixed lexeme (digits glued to letters) starting at {@code i}, or -1. */
	private static int mixedEnd(String text, int i, int end) {
		int j = digitsEnd(text, i, end);
		while (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ',') && isDigit(text.charAt(j + 1))) {
			j = digitsEnd(text, j + 1, end);
		}
		if (j >= end || !isLetter(codePoint(text, j, end))) {
			return -1;
		}
		j += Character.charCount(codePoint(text, j, end));
		return joinedEnd(text, innerEnd(text, j, end), end, "-");
	}

	private static int numberEnd(String text, int i, int end) {
		int j = digitsEnd(text, i, end);
		while (j + 1 < end) {
			char c = text.charAt(j);
			if (NUMBER_SEPARATORS.indexOf(c) >= 0 && isDigit(text.charAt(j + 1))) {
				j = digitsEnd(text, j + 1, end);
			} else if (GROUP_SPACES.indexOf(c) >= 0 && j + 4 <= end && isDigit(text.charAt(j + 1))
					&& isDigit(text.charAt(j + 2)) && isDigit(text.charAt(j + 3))
					&& (j + 4 == end || !isDigit(text.charAt(j + 4)))) {
				j += 4;
			} else {
				break;
			}
		}
		return j;
	}

	private static int wordEnd(String text, int i, int end) {
		int j = i + Character.charCount(codePoint(text, i, end));
		return joinedEnd(text, innerEnd(text, j, end), end, WORD_JOINERS);
	}

	/** After {@code j}: more parts, each a joiner followed by letters, marks or digits. */
	private static int joinedEnd(String text, int j, int end, String joiners) {
		while (j + 1 < end && joiners.indexOf(text.charAt(j)) >= 0 && isInner(codePoint(text, j + 1, end))) {
			j = innerEnd(text, j + 1, end);
		}
		return j;
	}

	/** The end of a run of letters, marks and digits starting at {@code j}. */
	private static int innerEnd(String text, int j, int end) {
		while (j < end) {
			int cp = codePoint(text, j, end);
			int next = j + Character.charCount(cp);
			if (!isInner(cp)) {
				break;
			}
			j = next;
		}
		return j;
	}

	/** The code point at {@code i}; a surrogate pair only when both halves lie before {@code end}. */
	private static int codePoint(String text, int i, int end) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
			return Character.toCodePoint(c, text.charAt(i + 1));
		}
		return c;
	}

	private static int digitsEnd(String text, int j, int end) {
		while (j < end && isDigit(text.charAt(j))) {
			j++;
		}
		return j;
	}

	private static boolean isInner(int cp) {
		return isLetter(cp) || isMark(cp) || isDigit(cp);
	}

	private static boolean isDigit(int cp) {
		return cp >= '0' && cp <= '9';
	}

	private static boolean isLetter(int cp) {
		return cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' : Character.isLetter(cp);
	}

	private static boolean isMark(int cp) {
		if (cp < 0x300) {
			return false;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * The lexemes of each line of {@code text} separately, so that no phrase spans a line break.
	 * The finders of numbers, dates and times each ask for the lines of the same text: the last
	 * text scanned on a thread is remembered (unless it is very long) and not scanned again.
	 */
	public static List<List<Lexeme>> scanLines(String text) {
		Scanned last = LAST.get();
		if (last != null && last.text == text) {
			return last.lines;
		}
		List<List<Lexeme>> lines = Collections.unmodifiableList(scanLinesOf(text));
		LAST.set(text.length() <= REMEMBERED ? new Scanned(text, lines) : null);
		return lines;
	}

	private static List<List<Lexeme>> scanLinesOf(String text) {
		List<List<Lexeme>> lines = new ArrayList<>();
		scanLines(text, lines::add);
		return lines;
	}

	/**
	 * Hands the lexemes of each line of {@code text} that has any to {@code action}, in order,
	 * without keeping them: for a single pass over a long text.
	 */
	public static void scanLines(String text, Consumer<List<Lexeme>> action) {
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || Whitespace.isLineBreak(text.charAt(i))) {
				if (i > lineStart) {
					List<Lexeme> line = scan(text, lineStart, i);
					if (!line.isEmpty()) {
						action.accept(Collections.unmodifiableList(line));
					}
				}
				lineStart = i + 1;
			}
		}
	}

	/** Whether nothing but white space lies between two offsets. */
	public static boolean onlySpaceBetween(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Whitespace.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
