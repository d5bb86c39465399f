package org.factcheck.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.CheckContext.SharedKey;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.corpus.Content;
import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.candidates.Candidate;
import org.factcheck.evidence.candidates.CandidateFinder;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TextAnalyzer;

/**
 * What the corpus offers as evidence for one claim: the analysed claim and the candidate
 * sentences aligned to it, best covered first. Computed once per claim and shared by all
 * checkers through {@link CheckContext#shared}.
 */
public final class ClaimEvidence {

	private static final SharedKey<ClaimEvidence> KEY = new SharedKey<>("org.factcheck.evidence.ClaimEvidence");

	private final AnalyzedText claim;
	private final List<AlignedSentence> sentences;

	private ClaimEvidence(AnalyzedText claim, List<AlignedSentence> sentences) {
		this.claim = claim;
		this.sentences = List.copyOf(sentences);
	}

	public static ClaimEvidence of(Claim claim, CheckContext context) {
		return context.shared(KEY, () -> collect(claim, context.corpus()));
	}

	static ClaimEvidence collect(Claim claim, CorpusAccess corpus) {
		AnalyzedText analyzedClaim = TextAnalyzer.german().analyze(claim.text());
		List<AlignedSentence> aligned = new ArrayList<>();
		for (Candidate candidate : new CandidateFinder().find(claim, corpus)) {
			Optional<Content> content = corpus.content(candidate.documentId());
			if (content.isEmpty()) {
				continue;
			}
			DocumentSentences sentences = DocumentSentences.of(content.get());
			if (!sentences.isEvidence(candidate.sentenceIndex())) {
				continue;
			}
			AnalyzedText analysis = sentences.analysis(candidate.sentenceIndex(), index -> candidate.text());
			aligned.add(new AlignedSentence(candidate, analysis, Aligner.align(analyzedClaim, analysis)));
		}
		aligned.sort(Comparator.comparingDouble(AlignedSentence::coverage).reversed());
		return new ClaimEvidence(analyzedClaim, aligned);
	}

	public AnalyzedText claim() {
		return claim;
	}

	/** All candidate sentences, best covered first. */
	public List<AlignedSentence> sentences() {
		return sentences;
	}

	/** The best covered sentence of each document, documents in order of their best coverage. */
	public Map<String, AlignedSentence> bestPerDocument() {
		Map<String, AlignedSentence> best = new LinkedHashMap<>();
		for (AlignedSentence sentence : sentences) {
			best.putIfAbsent(sentence.documentId(), sentence);
		}
		return best;
	}
}
