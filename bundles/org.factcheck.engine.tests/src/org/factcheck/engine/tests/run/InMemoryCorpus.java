package org.factcheck.engine.tests.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;

/** A corpus of documents whose text is one sentence each; search finds none. */
public final class InMemoryCorpus implements CorpusAccess {

	private final Corpus corpus = CorpusFactory.eINSTANCE.createCorpus();

	public InMemoryCorpus add(String id, LocalDate published, String text) {
		Document document = CorpusFactory.eINSTANCE.createDocument();
		document.setId(id);
		document.setPublished(published);
		Content content = CorpusFactory.eINSTANCE.createContent();
		content.setText(text);
		document.setContent(content);
		corpus.getDocuments().add(document);
		return this;
	}

	@Override
	public Corpus corpus() {
		return corpus;
	}

	@Override
	public Optional<Document> document(String id) {
		return Optional.ofNullable(corpus.getDocument(id));
	}

	@Override
	public Optional<Content> content(String documentId) {
		return document(documentId).map(Document::getContent);
	}

	@Override
	public List<SentenceHit> search(SentenceQuery query) {
		return List.of();
	}
}
