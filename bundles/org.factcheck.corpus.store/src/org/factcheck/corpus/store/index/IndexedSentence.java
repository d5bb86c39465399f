package org.factcheck.corpus.store.index;

/** A sentence of a document as indexed: its index in the document, offsets and text. */
public record IndexedSentence(int index, int start, int end, String text) {
}
