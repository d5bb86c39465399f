package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.SentenceMatch;

/**
 * A corpus view over an EMF {@link Corpus} already in memory, such as one built by tests or loaded
 * from a model file. Content is what {@link Document#getContent()} holds; sentences are ranked by
 * the words they share with the text, without the linguistic analysis of the corpus store.
 */
public final class ModelCorpusView implements CorpusView {

	private final Path directory;
	private final Corpus corpus;
	private final Map<String, Document> documentsById = new HashMap<>();

	/** @param corpus documents with their content; must be contained in a resource */
	public ModelCorpusView(Path directory, Corpus corpus) {
		this.directory = directory.toAbsolutePath().normalize();
		this.corpus = corpus;
		corpus.getDocuments().forEach(document -> documentsById.putIfAbsent(document.getId(), document));
	}

	@Override
	public Path directory() {
		return directory;
	}

	@Override
	public Corpus corpus() {
		return corpus;
	}

	@Override
	public Optional<Document> document(String id) {
		return Optional.ofNullable(documentsById.get(id));
	}

	@Override
	public Optional<Content> content(String documentId) {
		return document(documentId).map(Document::getContent);
	}

	@Override
	public List<SentenceMatch> sentences(String documentId, String text, int limit) {
		Optional<Content> content = content(documentId);
		if (content.isEmpty()) {
			return List.of();
		}
		List<Sentence> sentences = ArticleSentences.of(content.get());
		WordOverlap overlap = new WordOverlap(text == null ? "" : text, sentences.stream().map(Sentence::getText).toList());
		List<SentenceMatch> ranked = sentences.stream()
				.map(sentence -> new SentenceMatch(documentId, sentence.getIndex(), sentence.getStart(),
						sentence.getEnd(), sentence.getText(), overlap.score(sentence.getText())))
				.filter(match -> match.score() > 0)
				.sorted(Comparator.comparingDouble(SentenceMatch::score).reversed())
				.toList();
		return ArticleSentences.rankedThenInOrder(documentId, content.get(), ranked, limit);
	}
}
