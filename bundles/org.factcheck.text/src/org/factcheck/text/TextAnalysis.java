package org.factcheck.text;

/** Facts about this text analysis that its clients persist. */
public final class TextAnalysis {

	/**
	 * Changes whenever segmentation, tokenisation, number, date or quote analysis gives different
	 * results for the same text; caches of analysed text must be rebuilt when it changes. Not a
	 * compile-time constant, so that other bundles read it at run time: a copied constant survives an
	 * incremental build that recompiles only this bundle, and a cache would be taken as current.
	 */
	public static final String VERSION = String.valueOf("text-6");

	private TextAnalysis() {
	}
}
