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
		Output out = new Output(text.length());
		int[] offsets = new int[text.length() + 1];
		int n = normalize(text, 0, text.length(), out, offsets, false);
		return new NormalizedText(out.toString(), Arrays.copyOf(offsets, n + 1));
	}

	/**
	 * The text of {@code normalize(text.substring(start, end)).foldCase()}, made in one pass without
	 * the offset map: for comparing and looking up phrases.
	 */
	public static String fold(CharSequence text, int start, int end) {
		Output out = new Output(end - start + 8);
		normalize(text, start, end, out, null, true);
		return out.toString();
	}

	/**
	 * The normalised characters: a plain growing array, since a {@link StringBuilder}'s check of its
	 * coder and capacity on every appended character was most of the cost of folding a text.
	 */
	private static final class Output {

		private char[] chars;
		private int length;

		Output(int capacity) {
			chars = new char[Math.max(capacity, 16)];
		}

		void append(char c) {
			if (length == chars.length) {
				chars = Arrays.copyOf(chars, length * 2);
			}
			chars[length++] = c;
		}

		@Override
		public String toString() {
			return new String(chars, 0, length);
		}
	}

	/**
	 * Normalises [start, end) of {@code text} into {@code out} (folded as {@link NormalizedText#foldCase()}
	 * does if {@code fold}); records the original offset of each character in {@code offsets} unless
	 * it is null. Returns the number of normalised characters before folding.
	 */
	private static int normalize(CharSequence text, int start, int end, Output out, int[] offsets, boolean fold) {
		int n = 0;
		boolean pendingSpace = false;
		int pendingSpaceOffset = 0;
		boolean lastIsLetter = false;
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				// most characters: none of the cases below applies, nor a replacement
				if (pendingSpace && n > 0) {
					append(out, offsets, n++, ' ', pendingSpaceOffset, fold);
				}
				pendingSpace = false;
				append(out, offsets, n++, c, i, fold);
				lastIsLetter = c > '9';
				i++;
				continue;
			}
			if (c == '\u00AD' && n > 0 && !pendingSpace) {
				int afterBreak = lineBreakContinuation(text, i + 1, end);
				i = afterBreak >= 0 && Character.isLetter(text.charAt(afterBreak)) ? afterBreak : i + 1;
				continue;
			}
			if (isRemoved(c)) {
				i++;
				continue;
			}
			if (isHyphen(c) && n > 0 && !pendingSpace && lastIsLetter) {
				int afterBreak = lineBreakContinuation(text, i + 1, end);
				if (afterBreak >= 0 && Character.isLetter(text.charAt(afterBreak))
						&& !startsWithConjunction(text, afterBreak, end)) {
					if (Character.isLowerCase(text.charAt(afterBreak))) {
						i = afterBreak;
						continue;
					}
					append(out, offsets, n++, '-', i, fold);
					lastIsLetter = false;
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
				append(out, offsets, n++, ' ', pendingSpaceOffset, fold);
			}
			pendingSpace = false;
			char replaced = replacement(c);
			append(out, offsets, n++, replaced, i, fold);
			lastIsLetter = Character.isLetter(replaced);
			i++;
		}
		if (offsets != null) {
			offsets[n] = n == 0 ? 0 : offsets[n - 1] + 1;
		}
		return n;
	}

	private static void append(Output out, int[] offsets, int n, char c, int offset, boolean fold) {
		if (offsets != null) {
			offsets[n] = offset;
		}
		if (!fold) {
			out.append(c);
		} else if (c < 0x80) {
			out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
		} else if (c == 'ß' || c == 'ẞ') {
			out.append('s');
			out.append('s');
		} else {
			out.append(Character.toLowerCase(c));
		}
	}

	/**
	 * If a line break (with optional white space and removed characters around it) starts at
	 * {@code from}, the offset of the first character after it (before {@code end}); otherwise -1.
	 */
	private static int lineBreakContinuation(CharSequence text, int from, int end) {
		int i = from;
		boolean lineBreak = false;
		while (i < end && (Whitespace.isWhitespace(text.charAt(i)) || isRemoved(text.charAt(i)))) {
			lineBreak |= Whitespace.isLineBreak(text.charAt(i));
			i++;
		}
		return lineBreak && i < end ? i : -1;
	}

	/** Waffen-\nund Munitionslieferungen: a truncated compound, not a hyphenated word. */
	private static boolean startsWithConjunction(CharSequence text, int start, int limit) {
		int end = start;
		while (end < limit && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return switch (text.subSequence(start, end).toString()) {
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
