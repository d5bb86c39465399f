package org.factcheck.evidence.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.derived.DerivedData;
import org.factcheck.evidence.alignment.AbbreviationDefinitions;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.ApposedNames;
import org.factcheck.evidence.alignment.InterviewTurns;
import org.factcheck.evidence.terms.AnalysisCodec;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;

/**
 * The sentences of one document's content that can be evidence (not page furniture), with their
 * analyses computed on first use and kept as long as the content is loaded, and with the corpus
 * cache for later runs ({@link DerivedData}). Attached to the {@link Content} as an adapter;
 * thread-safe.
 */
public final class DocumentSentences extends AdapterImpl {

	/** The kind of derived data under which sentence analyses are kept with the corpus cache. */
	public static final String ANALYSES = "sentence-analyses";

	private final String text;
	private final List<Sentence> sentences;
	private final List<Sentence> evidenceSentences;
	/** For each sentence index, its position among the evidence sentences, or -1. */
	private final int[] positions;
	private final Map<Integer, AnalyzedText> analyses = new ConcurrentHashMap<>();
	private final Map<Integer, int[]> thesaurusIds = new ConcurrentHashMap<>();
	private final AbbreviationDefinitions abbreviations;
	private final ApposedNames apposedNames;
	private volatile InterviewTurns interviewTurns;
	/** Where analyses are kept across runs, with the corpus cache; null for a content not from a store. */
	private final DerivedData stored;

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
		this.abbreviations = AbbreviationDefinitions.in(text);
		this.apposedNames = ApposedNames.in(text);
		this.stored = DerivedData.of(content).orElse(null);
		this.sentences = List.copyOf(all);
		this.evidenceSentences = evidence(all, furniture);
		int maxIndex = -1;
		for (Sentence sentence : all) {
			maxIndex = Math.max(maxIndex, sentence.getIndex());
		}
		this.positions = new int[maxIndex + 1];
		Arrays.fill(positions, -1);
		for (int i = 0; i < evidenceSentences.size(); i++) {
			positions[evidenceSentences.get(i).getIndex()] = i;
		}
	}

	/**
	 * The sentences that no single furniture annotation covers half of, in one pass over both lists
	 * (sentences in document order, furniture sorted by start), so that a document of a hundred
	 * thousand lines costs no more than its length.
	 */
	private static List<Sentence> evidence(List<Sentence> sentences, List<Furniture> furniture) {
		List<Furniture> sorted = new ArrayList<>(furniture);
		sorted.sort(Comparator.comparingInt(Furniture::getStart));
		List<Sentence> evidence = new ArrayList<>(sentences.size());
		int first = 0;
		for (Sentence sentence : sentences) {
			while (first < sorted.size() && sorted.get(first).getEnd() <= sentence.getStart()) {
				first++;
			}
			boolean furnitureSentence = false;
			for (int f = first; f < sorted.size() && sorted.get(f).getStart() < sentence.getEnd() && !furnitureSentence; f++) {
				furnitureSentence = isFurniture(sentence, sorted.get(f));
			}
			if (!furnitureSentence) {
				evidence.add(sentence);
			}
		}
		return List.copyOf(evidence);
	}

	public static DocumentSentences of(Content content) {
		return ContentAdapters.of(content, DocumentSentences.class, () -> new DocumentSentences(content));
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

	/** The abbreviations the document defines in parentheses, searched for once. */
	public AbbreviationDefinitions abbreviations() {
		return abbreviations;
	}

	/** The turns of the document if it is an interview, found once. */
	public InterviewTurns interviewTurns() {
		InterviewTurns turns = interviewTurns;
		if (turns == null) {
			int[] starts = evidenceSentences.stream().mapToInt(Sentence::getStart).toArray();
			turns = InterviewTurns.in(text, starts);
			interviewTurns = turns;
		}
		return turns;
	}

	/** The names the document writes after a description, each description searched for once. */
	public ApposedNames apposedNames() {
		return apposedNames;
	}

	/** The position of the sentence with this index among the {@link #evidence()} sentences, or -1. */
	public int position(int sentenceIndex) {
		return sentenceIndex >= 0 && sentenceIndex < positions.length ? positions[sentenceIndex] : -1;
	}

	/** The sentence with this index, or null. */
	public Sentence sentence(int sentenceIndex) {
		if (sentenceIndex >= 0 && sentenceIndex < sentences.size() && sentences.get(sentenceIndex).getIndex() == sentenceIndex) {
			return sentences.get(sentenceIndex);
		}
		for (Sentence sentence : sentences) {
			if (sentence.getIndex() == sentenceIndex) {
				return sentence;
			}
		}
		return null;
	}

	/**
	 * The sentence's analysis: computed on first use, or read from the corpus cache where an earlier
	 * run kept it for the same content, sentence text and analyser version.
	 */
	public AnalyzedText analysis(Sentence sentence) {
		return analyses.computeIfAbsent(sentence.getIndex(), index -> analyse(index, sentence.getText()));
	}

	/**
	 * The {@linkplain Aligner#thesaurusIds thesaurus ids} of the words of the sentence's
	 * {@linkplain #analysis(Sentence) analysis}, looked up once per run (not to be changed).
	 */
	public int[] thesaurusIds(Sentence sentence) {
		return thesaurusIds.computeIfAbsent(sentence.getIndex(), index -> Aligner.thesaurusIds(analysis(sentence)));
	}

	private AnalyzedText analyse(int index, String sentenceText) {
		if (stored != null) {
			byte[] bytes = stored.get(ANALYSES, TextAnalyzer.VERSION, index);
			AnalyzedText kept = bytes == null ? null : AnalysisCodec.decode(bytes, sentenceText);
			if (kept != null) {
				return kept;
			}
		}
		AnalyzedText analysis = TextAnalyzer.german().analyze(sentenceText);
		byte[] bytes = stored == null ? null : AnalysisCodec.encode(analysis);
		if (bytes != null) {
			stored.put(ANALYSES, TextAnalyzer.VERSION, index, bytes);
		}
		return analysis;
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

	private static boolean isFurniture(Sentence sentence, Furniture f) {
		int overlap = Math.min(f.getEnd(), sentence.getEnd()) - Math.max(f.getStart(), sentence.getStart());
		return overlap > 0 && overlap * 2 >= sentence.getEnd() - sentence.getStart();
	}
}
