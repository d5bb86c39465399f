package org.factcheck.evidence.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Sentence;

/**
 * Collects the sentences that may decide a claim: every evidence sentence of the cited documents
 * (they decide first, and are short enough to read in full; a cited document longer than
 * {@value #MAX_CITED_SENTENCES} sentences through its best matches) and the best full-text matches
 * in the whole corpus.
 */
public final class CandidateFinder {

	/** How many corpus-wide search hits are considered. */
	public static final int CORPUS_HITS = 15;

	/**
	 * A cited document with more evidence sentences than this (a book, a dump, a file that is not
	 * an article) is read through its best-matching sentences, so that the work per claim stays
	 * bounded; news articles have a few dozen.
	 */
	public static final int MAX_CITED_SENTENCES = 500;

	public List<Candidate> find(Claim claim, CorpusAccess corpus) {
		Set<String> cited = new LinkedHashSet<>();
		for (Citation citation : claim.citations()) {
			if (corpus.document(citation.documentId()).isPresent()) {
				cited.add(citation.documentId());
			}
		}
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (String documentId : cited) {
			Optional<Content> content = corpus.content(documentId);
			if (content.isEmpty()) {
				continue;
			}
			List<Sentence> evidence = DocumentSentences.of(content.get()).evidence();
			if (evidence.size() > MAX_CITED_SENTENCES) {
				for (SentenceHit hit : corpus.search(SentenceQuery.in(Set.of(documentId), claim.text(), MAX_CITED_SENTENCES))) {
					candidates.put(documentId + "#" + hit.sentenceIndex(), new Candidate(documentId, hit.sentenceIndex(),
							hit.start(), hit.end(), hit.text(), true));
				}
				continue;
			}
			for (Sentence sentence : evidence) {
				candidates.put(documentId + "#" + sentence.getIndex(), new Candidate(documentId, sentence.getIndex(),
						sentence.getStart(), sentence.getEnd(), sentence.getText(), true));
			}
		}
		for (SentenceHit hit : corpus.search(SentenceQuery.everywhere(claim.text(), CORPUS_HITS))) {
			candidates.putIfAbsent(hit.documentId() + "#" + hit.sentenceIndex(), new Candidate(hit.documentId(),
					hit.sentenceIndex(), hit.start(), hit.end(), hit.text(), cited.contains(hit.documentId())));
		}
		return new ArrayList<>(candidates.values());
	}
}
