package org.factcheck.corpus.store;

/**
 * A sentence found by a full-text search.
 *
 * @param documentId    the document
 * @param sentenceIndex the sentence's index in the document
 * @param start         offset of the sentence in the document text
 * @param end           end offset, exclusive
 * @param text          the sentence text
 * @param score         relevance; comparable only within one search
 */
public record SentenceMatch(String documentId, int sentenceIndex, int start, int end, String text, float score) {
}
