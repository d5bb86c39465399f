package org.factcheck.corpus.formats;

import java.util.List;

/**
 * A document as a format reader found it, before the importer analyses it: the text the corpus
 * stores (every offset of evidence points into it), the metadata the file states, the page
 * furniture its structure shows (marked, never dropped) and the pages the text was printed on.
 *
 * @param text      the document's text, one paragraph or block per line
 * @param metadata  what the file says about the document
 * @param furniture spans of {@code text} that are not article, in order and not overlapping
 * @param pages     spans of {@code text} per page, in order; empty for formats without pages
 * @param problems  what could not be read as written; the document is imported all the same
 */
public record SourceDocument(String text, SourceMetadata metadata, List<FurnitureMark> furniture, List<PageSpan> pages,
		List<ReadProblem> problems) {

	public SourceDocument {
		furniture = List.copyOf(furniture);
		pages = List.copyOf(pages);
		problems = List.copyOf(problems);
	}
}
