package org.factcheck.text.normalize;

import java.util.Arrays;

import org.factcheck.text.Whitespace;

/**
 * Normalises text for quotation matching while keeping a map to the original offsets:
 * <ul>
 * <li>every run of white space (spaces, NBSP, tabs, line breaks) becomes one space; leading and
 * trailing white space is dropped;</li>
 * <li>typographic quotes become {@code "} (double: „ “ ” « » ″) or {@code '} (single: ‚ ‘ ’ ‹ › ′ `
 * ´);</li>
 * <li>dashes and hyphen variants (– — ‒ − ‐ ‑ ―) become {@code -};</li>
 * <li>soft hyphens and zero-width characters are removed;</li>
 * <li>a word hyphenated at a line break is joined ({@code Waffen-\nlieferungen} →
 * {@code Waffenlieferungen}; {@code NATO-\nGipfel} → {@code NATO-Gipfel}).</li>
 * </ul>
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	public static NormalizedText normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int[] offsets = new int[text.length() + 1];
		int n = 0;
		boolean pendingSpace = false;
		int pendingSpaceOffset = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\u00AD' && n > 0 && !pendingSpace) {
				int afterBreak = lineBreakContinuation(text, i + 1);
				i = afterBreak >= 0 && Character.isLetter(text.charAt(afterBreak)) ? afterBreak : i + 1;
				continue;
			}
			if (isRemoved(c)) {
				i++;
				continue;
			}
			if (isHyphen(c) && n > 0 && !pendingSpace && Character.isLetter(out.charAt(n - 1))) {
				int afterBreak = lineBreakContinuation(text, i + 1);
				if (afterBreak >= 0 && Character.isLetter(text.charAt(afterBreak)) && !startsWithConjunction(text, afterBreak)) {
					if (Character.isLowerCase(text.charAt(afterBreak))) {
						i = afterBreak;
						continue;
					}
					out.append('-');
					offsets[n++] = i;
					i = afterBreak;
					continue;
				}
			}
			if (Whitespace.isWhitespace(c)) {
				if (!pendingSpace) {
					pendingSpace = true;
					pendingSpaceOffset = i;
				}
				i++;
				continue;
			}
			if (pendingSpace && n > 0) {
				out.append(' ');
				offsets[n++] = pendingSpaceOffset;
			}
			pendingSpace = false;
			out.append(replacement(c));
			offsets[n++] = i;
			i++;
		}
		offsets[n] = n == 0 ? 0 : offsets[n - 1] + 1;
		return new NormalizedText(out.toString(), Arrays.copyOf(offsets, n + 1));
	}

	/**
	 * If a line break (with optional white space and removed characters around it) starts at
	 * {@code from}, the offset of the first character after it; otherwise -1.
	 */
	private static int lineBreakContinuation(String text, int from) {
		int i = from;
		boolean lineBreak = false;
		while (i < text.length() && (Whitespace.isWhitespace(text.charAt(i)) || isRemoved(text.charAt(i)))) {
			lineBreak |= Whitespace.isLineBreak(text.charAt(i));
			i++;
		}
		return lineBreak && i < text.length() ? i : -1;
	}

	/** Waffen-\nund Munitionslieferungen: a truncated compound, not a hyphenated word. */
	private static boolean startsWithConjunction(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return switch (text.substring(start, end)) {
		case "und", "oder", "bzw", "sowie", "als", "wie" -> true;
		default -> false;
		};
	}

	private static boolean isRemoved(char c) {
		return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
	}

	private static boolean isHyphen(char c) {
		return c == '-' || c == '\u2010' || c == '\u2011';
	}

	private static char replacement(char c) {
		return switch (c) {
		case '„', '“', '”', '«', '»', '″', '‟' -> '"';
		case '‚', '‘', '’', '‹', '›', '′', '`', '´', '‛' -> '\'';
		case '–', '—', '‒', '−', '‐', '‑', '―', '⁃' -> '-';
		default -> c;
		};
	}
}
