package org.factcheck.text.tests.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.numbers.PhoneNumberFinder;
import org.factcheck.text.segment.TextSpan;
import org.factcheck.text.tests.TestCorpus;
import org.junit.jupiter.api.Test;

/** The finder tries its expression only where a number can start; it finds what a plain search finds. */
class PhoneNumberFinderTest {

	private static final Pattern PHONE = Pattern.compile(
			"(?<![\\p{L}\\d.,])(?:(?:\\+|00)\\d{1,3}[ \\u00A0]?(?:\\(0\\)[ \\u00A0]?)?\\d{1,5}|\\(0\\d{1,5}\\)|0\\d{2,5})"
					+ "(?:[ \\u00A0/-]?\\d{2,}){1,5}(?![\\p{L}\\d]|[.,]\\d)");

	private static List<TextSpan> specified(String text) {
		List<TextSpan> spans = new ArrayList<>();
		Matcher m = PHONE.matcher(text);
		while (m.find()) {
			if (m.group().replaceAll("\\D", "").length() >= 6) {
				spans.add(new TextSpan(m.start(), m.end()));
			}
		}
		return spans;
	}

	@Test
	void findsWhatAPlainSearchFinds() {
		for (String id : List.of("gnad-0001", "gnad-0002", "gnad-0100", "gnad-0500", "gnad-1000")) {
			String text = TestCorpus.gnad(id);
			assertEquals(specified(text), PhoneNumberFinder.german().find(text), id);
		}
		String alphabet = "0123456789+()/- .,a\u00A0";
		Random random = new Random(3);
		for (int round = 0; round < 20_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String s = text.toString();
			assertEquals(specified(s), PhoneNumberFinder.german().find(s), s);
		}
	}

	@Test
	void examples() {
		String text = "Tel. 0664 123 45 67, Fax +43 (0)1 531 70 oder (030) 1234567; nicht 2024 und 0,5";
		assertEquals(List.of("0664 123 45 67", "+43 (0)1 531 70", "(030) 1234567"),
				PhoneNumberFinder.german().find(text).stream().map(span -> span.of(text)).toList());
	}
}
