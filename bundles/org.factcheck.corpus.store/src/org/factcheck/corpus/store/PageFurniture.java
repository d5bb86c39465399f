package org.factcheck.corpus.store;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.Span;

/**
 * Which parts of a document are page furniture and therefore never evidence: a span is
 * furniture when {@link org.factcheck.corpus.Furniture} annotations cover at least half of its non-space characters.
 */
public final class PageFurniture {

	private PageFurniture() {
	}

	/** Whether a span of a document content (a sentence, a mention) is furniture. */
	public static boolean isFurniture(Span span) {
		for (org.eclipse.emf.ecore.EObject c = span.eContainer(); c != null; c = c.eContainer()) {
			if (c instanceof Content content) {
				return isFurniture(content, span.getStart(), span.getEnd());
			}
		}
		return false;
	}

	/** Whether [start, end) of the content's text is furniture. */
	public static boolean isFurniture(Content content, int start, int end) {
		return RangeCoverage.furnitureOf(content).coversMostOf(start, end);
	}

	/** The sentences of the content that are article text, in order. */
	public static List<Sentence> articleSentences(Content content) {
		RangeCoverage coverage = RangeCoverage.furnitureOf(content);
		List<Sentence> sentences = new ArrayList<>();
		for (Paragraph paragraph : content.getParagraphs()) {
			for (Sentence sentence : paragraph.getSentences()) {
				if (!coverage.coversMostOf(sentence.getStart(), sentence.getEnd())) {
					sentences.add(sentence);
				}
			}
		}
		return sentences;
	}
}
