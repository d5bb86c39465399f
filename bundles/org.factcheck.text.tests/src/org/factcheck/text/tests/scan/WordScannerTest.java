package org.factcheck.text.tests.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.Whitespace;
import org.factcheck.text.scan.Lexeme;
import org.factcheck.text.scan.WordScanner;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;

/** The scanner is a hand-written lexer; these expressions are its specification. */
class WordScannerTest {

	private static final Pattern SPECIFICATION = Pattern.compile(
			"(?<mixed>\\d+(?:[.,]\\d+)*\\p{L}[\\p{L}\\p{M}\\d]*(?:-[\\p{L}\\p{M}\\d]+)*)"
					+ "|(?<number>\\d+(?:[.,:/]\\d+|[\\u00A0\\u202F\\u2009]\\d{3}(?!\\d))*)"
					+ "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:['’\\-][\\p{L}\\p{M}\\d]+)*)"
					+ "|(?<symbol>[%‰€$£¥°])");

	private static List<Lexeme> specified(String text, int start, int end) {
		List<Lexeme> lexemes = new ArrayList<>();
		Matcher m = SPECIFICATION.matcher(text);
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

	@Test
	void scansLikeItsSpecificationOnRealNews() {
		for (String id : List.of("gnad-0001", "gnad-0002", "gnad-0003", "gnad-0100", "gnad-0500", "gnad-1000")) {
			String text = TestCorpus.gnad(id);
			assertEquals(specified(text, 0, text.length()), WordScanner.scan(text), id);
		}
	}

	@Test
	void scansLikeItsSpecificationOnRandomText() {
		String alphabet = "09aZäß.,:/-'’%€$°\u00A0\u202F\u2009 \u0301\uD835\uDC00\uD800x_()„“";
		Random random = new Random(9);
		for (int round = 0; round < 20_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(24);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String s = text.toString();
			int end = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
			assertEquals(specified(s, 0, end), WordScanner.scan(s, 0, end), () -> "\"" + s + "\" up to " + end);
		}
	}

	@Test
	void examples() {
		assertEquals(List.of("3,4", "Millionen", "US-Soldaten", "3D", "10\u00A0000", "%", "MiG-29", ".", "11:32"),
				WordScanner.scan("3,4 Millionen US-Soldaten 3D 10\u00A0000 % MiG-29. 11:32").stream().map(Lexeme::text).toList());
	}
}
