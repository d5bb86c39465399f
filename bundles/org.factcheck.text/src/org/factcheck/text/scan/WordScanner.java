package org.factcheck.text.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.Whitespace;

/**
 * Splits text into numbers, words, unit signs and punctuation with exact offsets: a fast,
 * deterministic lexer for the number, date and quotation finders (the OpenNLP tokenizer serves
 * linguistic analysis).
 */
public final class WordScanner {

	private static final Pattern LEXEME = Pattern.compile(
			"(?<mixed>\\d+(?:[.,]\\d+)*\\p{L}[\\p{L}\\p{M}\\d]*(?:-[\\p{L}\\p{M}\\d]+)*)"
					+ "|(?<number>\\d+(?:[.,:/]\\d+|[\\u00A0\\u202F\\u2009]\\d{3}(?!\\d))*)"
					+ "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:['’\\-][\\p{L}\\p{M}\\d]+)*)"
					+ "|(?<symbol>[%‰€$£¥°])");

	private WordScanner() {
	}

	public static List<Lexeme> scan(String text) {
		return scan(text, 0, text.length());
	}

	public static List<Lexeme> scan(String text, int start, int end) {
		List<Lexeme> lexemes = new ArrayList<>();
		Matcher m = LEXEME.matcher(text).region(start, end);
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			if (Whitespace.isWhitespace(c)) {
				i++;
				continue;
			}
			m.region(i, end);
			if (m.lookingAt()) {
				Lexeme.Kind kind = m.group("mixed") != null ? Lexeme.Kind.MIXED
						: m.group("number") != null ? Lexeme.Kind.NUMBER
								: m.group("word") != null ? Lexeme.Kind.WORD : Lexeme.Kind.SYMBOL;
				lexemes.add(new Lexeme(kind, i, m.end(), text.substring(i, m.end())));
				i = m.end();
			} else {
				int next = Character.isHighSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
				lexemes.add(new Lexeme(Lexeme.Kind.PUNCTUATION, i, next, text.substring(i, next)));
				i = next;
			}
		}
		return lexemes;
	}

	/** The lexemes of each line of {@code text} separately, so that no phrase spans a line break. */
	public static List<List<Lexeme>> scanLines(String text) {
		List<List<Lexeme>> lines = new ArrayList<>();
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || Whitespace.isLineBreak(text.charAt(i))) {
				if (i > lineStart) {
					List<Lexeme> line = scan(text, lineStart, i);
					if (!line.isEmpty()) {
						lines.add(line);
					}
				}
				lineStart = i + 1;
			}
		}
		return lines;
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
