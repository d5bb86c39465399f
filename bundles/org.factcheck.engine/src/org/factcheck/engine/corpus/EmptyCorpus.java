package org.factcheck.engine.corpus;

import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;

/** A corpus without documents: what checkers are prepared against before a real corpus is open. */
public final class EmptyCorpus implements CorpusAccess {

	private final Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();

	@Override
	public Corpus corpus() {
		return corpus;
	}

	@Override
	public Optional<Document> document(String id) {
		return Optional.empty();
	}

	@Override
	public Optional<Content> content(String documentId) {
		return Optional.empty();
	}

	@Override
	public List<SentenceHit> search(SentenceQuery query) {
		return List.of();
	}
}
