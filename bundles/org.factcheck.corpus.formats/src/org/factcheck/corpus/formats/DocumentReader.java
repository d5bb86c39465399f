package org.factcheck.corpus.formats;

/** Reads documents of one file format. Implementations are thread-safe. */
public interface DocumentReader {

	/**
	 * The document in {@code source}.
	 *
	 * @throws UnreadableDocumentException when the source holds no document that can be imported
	 */
	SourceDocument read(DocumentSource source) throws UnreadableDocumentException;
}
