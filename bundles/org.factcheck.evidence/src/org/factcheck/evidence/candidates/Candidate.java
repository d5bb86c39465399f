package org.factcheck.evidence.candidates;

/**
 * A corpus sentence that may bear on a claim.
 *
 * @param documentId    the document
 * @param sentenceIndex the sentence's index in the document
 * @param start         offset of the sentence in the document text
 * @param end           end offset, exclusive
 * @param text          the sentence
 * @param cited         whether the claim cites the document
 */
public record Candidate(String documentId, int sentenceIndex, int start, int end, String text, boolean cited) {
}
