package org.factcheck.checker;

/**
 * A sentence found by {@link CorpusAccess#search(SentenceQuery)}.
 *
 * @param documentId    the document
 * @param sentenceIndex the sentence's {@code index} in its document
 * @param start         offset of the sentence in the document text
 * @param end           end offset (exclusive)
 * @param text          the sentence text
 * @param score         the search engine's relevance score; only comparable within one search
 */
public record SentenceHit(String documentId, int sentenceIndex, int start, int end, String text, float score) {

	/** The whole sentence as evidence. */
	public Evidence toEvidence() {
		return new Evidence(documentId, start, end, text);
	}
}
