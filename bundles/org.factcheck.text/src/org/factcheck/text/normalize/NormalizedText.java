package org.factcheck.text.normalize;

import java.util.Arrays;

/**
 * Text after {@link TextNormalizer#normalize(String)} with, for every normalised character, the
 * offset of the original character it came from.
 *
 * @param text            the normalised text
 * @param originalOffsets {@code text.length() + 1} entries: entry {@code i < length} is the
 *                        original offset of normalised character {@code i}; the last entry is the
 *                        original offset just after the last normalised character
 */
public record NormalizedText(String text, int[] originalOffsets) {

	public NormalizedText {
		if (originalOffsets.length != text.length() + 1) {
			throw new IllegalArgumentException("need " + (text.length() + 1) + " offsets, got " + originalOffsets.length);
		}
	}

	/** The original offset of the normalised character at {@code normalizedIndex}. */
	public int originalStart(int normalizedIndex) {
		return originalOffsets[normalizedIndex];
	}

	/**
	 * The original end offset (exclusive) of a normalised range ending at
	 * {@code normalizedEndExclusive}: just after the original character of its last character.
	 */
	public int originalEnd(int normalizedEndExclusive) {
		if (normalizedEndExclusive <= 0) {
			return originalOffsets[0];
		}
		if (normalizedEndExclusive >= text.length()) {
			return originalOffsets[text.length()];
		}
		return originalOffsets[normalizedEndExclusive - 1] + 1;
	}

	/**
	 * The same text in lower case with {@code ß} as {@code ss}, mapped to the same original
	 * offsets, for case-insensitive matching.
	 */
	public NormalizedText foldCase() {
		StringBuilder folded = new StringBuilder(text.length() + 8);
		int[] offsets = new int[text.length() * 2 + 1];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 'ß' || c == 'ẞ') {
				folded.append("ss");
				offsets[n++] = originalOffsets[i];
				offsets[n++] = originalOffsets[i];
			} else {
				folded.append(Character.toLowerCase(c));
				offsets[n++] = originalOffsets[i];
			}
		}
		offsets[n] = originalOffsets[text.length()];
		return new NormalizedText(folded.toString(), Arrays.copyOf(offsets, n + 1));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NormalizedText that && text.equals(that.text) && Arrays.equals(originalOffsets, that.originalOffsets);
	}

	@Override
	public int hashCode() {
		return text.hashCode() * 31 + Arrays.hashCode(originalOffsets);
	}

	@Override
	public String toString() {
		return text;
	}
}
