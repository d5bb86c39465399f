package org.factcheck.corpus.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;

/**
 * A corpus folder opened for verification: document metadata, lazily loaded content and a German
 * full-text sentence index, kept in a cache directory outside the corpus folder and reused while
 * the documents do not change. Thread-safe.
 */
public final class CorpusStore implements AutoCloseable {

	private CorpusStore() {
	}

	/**
	 * Opens the corpus in {@code corpusDirectory}, importing new or changed documents and reusing
	 * the cached import and index of unchanged ones. A document that cannot be imported is reported
	 * in {@link #problems()} and left out; it never stops the others.
	 *
	 * @throws CorpusNotFoundException if the folder does not exist or is not a folder
	 * @throws IOException             if the cache cannot be written or read
	 */
	public static CorpusStore open(Path corpusDirectory, StoreOptions options) throws IOException {
		throw new UnsupportedOperationException("CorpusStore is being implemented");
	}

	public Path corpusDirectory() {
		throw new UnsupportedOperationException();
	}

	/** All documents with their metadata; their content is loaded on first access. */
	public Corpus corpus() {
		throw new UnsupportedOperationException();
	}

	public Optional<Document> document(String id) {
		throw new UnsupportedOperationException();
	}

	/** The document's text, paragraphs, sentences and annotations, loaded on first request. */
	public Optional<Content> content(String documentId) {
		throw new UnsupportedOperationException();
	}

	/**
	 * The sentences that best match {@code text}, best first, never page furniture.
	 *
	 * @param documentIds restricts the search to these documents; empty means the whole corpus
	 */
	public List<SentenceMatch> search(String text, Set<String> documentIds, int limit) {
		throw new UnsupportedOperationException();
	}

	/** Problems met while importing, one per document or passage that could not be read fully. */
	public List<ImportProblem> problems() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void close() {
	}
}
