package org.factcheck.claims.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.SentenceMatch;

/** The sentences of a document that belong to the article, not to its page furniture. */
public final class ArticleSentences {

	private ArticleSentences() {
	}

	/** The sentences that no {@link Furniture} annotation overlaps, in document order. */
	public static List<Sentence> of(Content content) {
		List<Annotation> furniture = content.getAnnotations().stream()
				.filter(Furniture.class::isInstance)
				.toList();
		List<Sentence> sentences = new ArrayList<>();
		for (Paragraph paragraph : content.getParagraphs()) {
			for (Sentence sentence : paragraph.getSentences()) {
				if (furniture.stream().noneMatch(span -> overlaps(span, sentence))) {
					sentences.add(sentence);
				}
			}
		}
		return sentences;
	}

	private static boolean overlaps(Annotation span, Sentence sentence) {
		return span.getStart() < sentence.getEnd() && sentence.getStart() < span.getEnd();
	}

	/**
	 * {@code ranked}, then the document's other article sentences in document order, at most
	 * {@code limit} in all.
	 */
	public static List<SentenceMatch> rankedThenInOrder(String documentId, Content content,
			List<SentenceMatch> ranked, int limit) {
		List<SentenceMatch> result = new ArrayList<>(ranked.subList(0, Math.min(limit, ranked.size())));
		Set<Integer> taken = new HashSet<>();
		result.forEach(match -> taken.add(match.sentenceIndex()));
		for (Sentence sentence : of(content)) {
			if (result.size() >= limit) {
				break;
			}
			if (taken.add(sentence.getIndex())) {
				result.add(new SentenceMatch(documentId, sentence.getIndex(), sentence.getStart(), sentence.getEnd(),
						sentence.getText(), 0f));
			}
		}
		return result;
	}
}
