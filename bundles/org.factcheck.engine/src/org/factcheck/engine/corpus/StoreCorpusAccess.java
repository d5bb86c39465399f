package org.factcheck.engine.corpus;

import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;

/** Gives checkers read access to an opened {@link CorpusStore}. */
public final class StoreCorpusAccess implements CorpusAccess {

	private final CorpusStore store;

	public StoreCorpusAccess(CorpusStore store) {
		this.store = store;
	}

	@Override
	public Corpus corpus() {
		return store.corpus();
	}

	@Override
	public Optional<Document> document(String id) {
		return store.document(id);
	}

	@Override
	public Optional<Content> content(String documentId) {
		return store.content(documentId);
	}

	@Override
	public List<SentenceHit> search(SentenceQuery query) {
		return store.search(query.text(), query.documentIds(), query.limit()).stream()
				.map(match -> new SentenceHit(match.documentId(), match.sentenceIndex(), match.start(), match.end(),
						match.text(), match.score()))
				.toList();
	}
}
