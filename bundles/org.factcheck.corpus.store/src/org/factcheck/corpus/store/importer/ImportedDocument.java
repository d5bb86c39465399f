package org.factcheck.corpus.store.importer;

import java.util.List;

import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.index.IndexedSentence;

/**
 * A document read from its file: metadata with its content, the sentences to index (not page
 * furniture), the content hash and what could not be read as written.
 */
public record ImportedDocument(Document document, List<IndexedSentence> sentences, String hash,
		List<ImportProblem> problems) {
}
