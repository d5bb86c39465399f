package org.factcheck.text;

/** Facts about this text analysis that its clients persist. */
public final class TextAnalysis {

	/**
	 * Changes whenever segmentation, tokenisation, number, date or quote analysis gives different
	 * results for the same text; caches of analysed text must be rebuilt when it changes.
	 */
	public static final String VERSION = "text-3";

	private TextAnalysis() {
	}
}
