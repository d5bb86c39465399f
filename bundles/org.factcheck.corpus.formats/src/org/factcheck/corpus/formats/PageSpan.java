package org.factcheck.corpus.formats;

/**
 * The part [start, end) of a document's text printed on one page.
 *
 * @param number 1-based position of the page in the file
 * @param label  the page number as the document prints it, when the file names its pages; else null
 */
public record PageSpan(int number, String label, int start, int end) {
}
