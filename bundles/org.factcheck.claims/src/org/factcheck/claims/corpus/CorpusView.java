package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;

/**
 * What the claim language needs of an opened corpus: the documents citations link to, their
 * content for quote proposals and hovers, and a sentence search. Implementations are thread-safe
 * and their documents are contained in an EMF resource, so that links to them have URIs.
 */
public interface CorpusView {

	/** The corpus folder, absolute. */
	Path directory();

	/** All documents with their metadata. Do not modify. */
	Corpus corpus();

	/** The document with this id. */
	default Optional<Document> document(String id) {
		return Optional.ofNullable(corpus().getDocument(id));
	}

	/** The document's text, sentences and annotations, loaded on first request. */
	Optional<Content> content(String documentId);

	/**
	 * The document's sentences that best match {@code text}, best first, never page furniture; when
	 * fewer match than {@code limit}, the document's other sentences follow in document order.
	 */
	List<SentenceMatch> sentences(String documentId, String text, int limit);

	/** The store behind this view, when it is backed by one. */
	default Optional<CorpusStore> store() {
		return Optional.empty();
	}
}
