package org.factcheck.ui.claims;

/**
 * Where a claim is written in a claim file's text.
 *
 * @param name       the claim's name
 * @param offset     offset of the claim's first character (its {@code claim} keyword)
 * @param length     length up to the end of its last element
 * @param nameOffset offset of its name
 * @param nameLength length of its name as written (with a {@code ^} escape, if any)
 * @param line       1-based line of the claim's first character
 */
public record ClaimRegion(String name, int offset, int length, int nameOffset, int nameLength, int line) {

	public int end() {
		return offset + length;
	}

	/** Whether {@code position} lies within the claim or right after its last character. */
	public boolean covers(int position) {
		return position >= offset && position <= end();
	}
}
