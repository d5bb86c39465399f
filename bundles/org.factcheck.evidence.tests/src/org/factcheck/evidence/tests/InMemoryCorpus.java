package org.factcheck.evidence.tests;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;

/**
 * A corpus of hand-written documents, each one paragraph of the given sentences, that counts the
 * content requests it answers; subclasses say what a search finds.
 */
public abstract class InMemoryCorpus implements CorpusAccess {

	protected static final CorpusFactory FACTORY = CorpusFactory.eINSTANCE;

	private final Corpus corpus = FACTORY.createCorpus();
	private final Map<String, Integer> contentRequests = new ConcurrentHashMap<>();

	/** Adds a document of the sentences, separated by {@code separator}, and returns its content. */
	protected Content add(String id, char separator, String... sentences) {
		StringBuilder text = new StringBuilder();
		Paragraph paragraph = FACTORY.createParagraph();
		for (int i = 0; i < sentences.length; i++) {
			Sentence sentence = FACTORY.createSentence();
			sentence.setIndex(i);
			sentence.setStart(text.length());
			sentence.setEnd(text.length() + sentences[i].length());
			paragraph.getSentences().add(sentence);
			text.append(sentences[i]).append(separator);
		}
		Content content = FACTORY.createContent();
		content.setText(text.toString());
		content.getParagraphs().add(paragraph);
		Document document = FACTORY.createDocument();
		document.setId(id);
		document.setContent(content);
		corpus.getDocuments().add(document);
		return content;
	}

	/** How often each document's content was asked for. */
	public Map<String, Integer> contentRequests() {
		return Map.copyOf(contentRequests);
	}

	@Override
	public Corpus corpus() {
		return corpus;
	}

	@Override
	public Optional<Document> document(String id) {
		return corpus.getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst();
	}

	@Override
	public Optional<Content> content(String documentId) {
		contentRequests.merge(documentId, 1, Integer::sum);
		return document(documentId).map(Document::getContent);
	}
}
