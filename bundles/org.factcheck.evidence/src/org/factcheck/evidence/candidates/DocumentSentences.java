package org.factcheck.evidence.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;

/**
 * The sentences of one document's content that can be evidence (not page furniture), with their
 * analyses computed on first use and kept as long as the content is loaded. Attached to the
 * {@link Content} as an adapter; thread-safe.
 */
public final class DocumentSentences extends AdapterImpl {

	private final String text;
	private final List<Sentence> sentences;
	private final List<Sentence> evidenceSentences;
	private final Map<Integer, AnalyzedText> analyses = new ConcurrentHashMap<>();

	private DocumentSentences(Content content) {
		List<Sentence> all = new ArrayList<>();
		for (Paragraph paragraph : content.getParagraphs()) {
			all.addAll(paragraph.getSentences());
		}
		List<Furniture> furniture = new ArrayList<>();
		for (Annotation annotation : content.getAnnotations()) {
			if (annotation instanceof Furniture f) {
				furniture.add(f);
			}
		}
		this.text = content.getText();
		this.sentences = List.copyOf(all);
		this.evidenceSentences = all.stream().filter(s -> !isFurniture(s, furniture)).toList();
	}

	public static DocumentSentences of(Content content) {
		synchronized (content) {
			for (Adapter adapter : content.eAdapters()) {
				if (adapter instanceof DocumentSentences existing) {
					return existing;
				}
			}
			DocumentSentences created = new DocumentSentences(content);
			content.eAdapters().add(created);
			return created;
		}
	}

	/** All sentences in document order. */
	public List<Sentence> all() {
		return sentences;
	}

	/** The sentences that are not page furniture, in document order. */
	public List<Sentence> evidence() {
		return evidenceSentences;
	}

	/** The document text. */
	public String text() {
		return text;
	}

	/** The position of the sentence with this index among the {@link #evidence()} sentences, or -1. */
	public int position(int sentenceIndex) {
		for (int i = 0; i < evidenceSentences.size(); i++) {
			if (evidenceSentences.get(i).getIndex() == sentenceIndex) {
				return i;
			}
		}
		return -1;
	}

	/** The sentence with this index, or null. */
	public Sentence sentence(int sentenceIndex) {
		for (Sentence sentence : sentences) {
			if (sentence.getIndex() == sentenceIndex) {
				return sentence;
			}
		}
		return null;
	}

	public AnalyzedText analysis(Sentence sentence) {
		return analyses.computeIfAbsent(sentence.getIndex(), index -> TextAnalyzer.german().analyze(sentence.getText()));
	}

	/**
	 * Sentences of this document in document order read as one passage: the document text from the
	 * first to the last, analysed by joining the sentences' own analyses (offsets relative to the
	 * first sentence).
	 */
	public AnalyzedText analysis(List<Sentence> passage) {
		if (passage.isEmpty()) {
			throw new IllegalArgumentException("empty passage");
		}
		Sentence first = passage.get(0);
		AnalyzedText joined = analysis(first);
		for (Sentence next : passage.subList(1, passage.size())) {
			joined = AnalyzedText.join(joined, analysis(next), next.getStart() - first.getStart(),
					text.substring(first.getStart(), next.getEnd()));
		}
		return joined;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == DocumentSentences.class;
	}

	private static boolean isFurniture(Sentence sentence, List<Furniture> furniture) {
		for (Furniture f : furniture) {
			int overlap = Math.min(f.getEnd(), sentence.getEnd()) - Math.max(f.getStart(), sentence.getStart());
			if (overlap > 0 && overlap * 2 >= sentence.getEnd() - sentence.getStart()) {
				return true;
			}
		}
		return false;
	}
}
