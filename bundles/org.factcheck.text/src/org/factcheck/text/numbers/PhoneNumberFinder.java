package org.factcheck.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.text.segment.TextSpan;

/**
 * Finds telephone and fax numbers: an area code starting with 0 or an international prefix,
 * followed by groups of digits ({@code 07930-2699}, {@code 0664 123 45 67},
 * {@code +43 (0)1 531 70}, {@code (030) 1234567}).
 */
public final class PhoneNumberFinder {

	private static final Pattern PHONE = Pattern.compile(
			"(?<![\\p{L}\\d.,])(?:(?:\\+|00)\\d{1,3}[ \\u00A0]?(?:\\(0\\)[ \\u00A0]?)?\\d{1,5}|\\(0\\d{1,5}\\)|0\\d{2,5})"
					+ "(?:[ \\u00A0/-]?\\d{2,}){1,5}(?![\\p{L}\\d]|[.,]\\d)");

	private static final PhoneNumberFinder INSTANCE = new PhoneNumberFinder();

	private PhoneNumberFinder() {
	}

	public static PhoneNumberFinder german() {
		return INSTANCE;
	}

	public List<TextSpan> find(String text) {
		List<TextSpan> spans = new ArrayList<>();
		// A number starts with +, ( or 0: the expression is tried only there (as find() would, left
		// to right, after the previous number), not at every character.
		Matcher m = PHONE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if ((c == '0' || c == '+' || c == '(') && m.region(i, text.length()).lookingAt()) {
				if (digitCount(text, m.start(), m.end()) >= 6) {
					spans.add(new TextSpan(m.start(), m.end()));
				}
				i = m.end() > i ? m.end() : i + 1;
			} else {
				i++;
			}
		}
		return spans;
	}

	private static int digitCount(String text, int start, int end) {
		int digits = 0;
		for (int i = start; i < end; i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				digits++;
			}
		}
		return digits;
	}
}
