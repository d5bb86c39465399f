package org.factcheck.checker;

import java.util.List;
import java.util.Optional;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;

/**
 * Read-only view of the corpus a claim is checked against. Document metadata is always at hand;
 * a document's content (text, sentences, annotations) is loaded on first request.
 */
public interface CorpusAccess {

	/** All documents with their metadata. Do not modify. */
	Corpus corpus();

	/** A document's metadata (title, publisher, published date, properties), empty for an unknown id. */
	Optional<Document> document(String id);

	/** The full content of a document, loading it if needed; empty for an unknown id. */
	Optional<Content> content(String documentId);

	/**
	 * Sentences that best match the query text, best first, using German-aware full-text search
	 * (stemming, compounds). Page furniture is never returned.
	 */
	List<SentenceHit> search(SentenceQuery query);
}
