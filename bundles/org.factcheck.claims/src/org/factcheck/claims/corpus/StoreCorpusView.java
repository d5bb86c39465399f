package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;

/** A corpus view backed by an opened {@link CorpusStore} and its full-text index. */
public final class StoreCorpusView implements CorpusView {

	private final CorpusStore store;

	public StoreCorpusView(CorpusStore store) {
		this.store = store;
	}

	@Override
	public Path directory() {
		return store.corpusDirectory();
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
	public List<SentenceMatch> sentences(String documentId, String text, int limit) {
		Optional<Content> content = store.content(documentId);
		if (content.isEmpty()) {
			return List.of();
		}
		List<SentenceMatch> ranked = text == null || text.isBlank() ? List.of()
				: store.search(text, Set.of(documentId), limit);
		return ArticleSentences.rankedThenInOrder(documentId, content.get(), ranked, limit);
	}

	@Override
	public Optional<CorpusStore> store() {
		return Optional.of(store);
	}
}
