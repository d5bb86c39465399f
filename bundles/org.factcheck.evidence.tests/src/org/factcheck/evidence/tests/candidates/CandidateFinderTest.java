package org.factcheck.evidence.tests.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.candidates.Candidate;
import org.factcheck.evidence.candidates.CandidateFinder;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.tests.InMemoryCorpus;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

	private static final CorpusFactory FACTORY = CorpusFactory.eINSTANCE;
	private static final String CLAIM = "Die Regierung hat 500 Polizisten eingestellt.";

	/** A corpus of one document of {@code sentences} sentences, whose search finds the claim's sentence. */
	private static final class OneDocument extends InMemoryCorpus {

		final Content content;
		final List<SentenceQuery> queries = new ArrayList<>();
		final int claimSentence;

		OneDocument(int sentences) {
			claimSentence = sentences - 1;
			String[] lines = new String[sentences];
			for (int i = 0; i < sentences; i++) {
				lines[i] = i == claimSentence ? CLAIM : "Am Tag " + i + " geschah nichts.";
			}
			content = add("buch", '\n', lines);
		}

		@Override
		public List<SentenceHit> search(SentenceQuery query) {
			queries.add(query);
			Sentence hit = content.getParagraphs().get(0).getSentences().get(claimSentence);
			return List.of(new SentenceHit("buch", claimSentence, hit.getStart(), hit.getEnd(), hit.getText(), 1f));
		}
	}

	private static Claim claim() {
		return new Claim("polizei", CLAIM, List.of(Citation.of("buch")), Optional.empty());
	}

	@Test
	void everySentenceOfAShortCitedDocumentIsACandidate() {
		OneDocument corpus = new OneDocument(40);

		List<Candidate> candidates = new CandidateFinder().find(claim(), corpus);

		assertEquals(40, candidates.size());
		assertTrue(candidates.stream().allMatch(Candidate::cited));
	}

	@Test
	void aHugeCitedDocumentIsReadThroughItsBestMatchesOnly() {
		OneDocument corpus = new OneDocument(200_000);

		List<Candidate> candidates = new CandidateFinder().find(claim(), corpus);

		assertTrue(candidates.size() <= CandidateFinder.MAX_CITED_SENTENCES + CandidateFinder.CORPUS_HITS,
				candidates.size() + " candidates");
		assertTrue(candidates.stream().anyMatch(c -> c.text().equals(CLAIM) && c.cited()), candidates::toString);
		assertTrue(corpus.queries.stream().anyMatch(q -> q.documentIds().contains("buch")
				&& q.limit() == CandidateFinder.MAX_CITED_SENTENCES), corpus.queries::toString);
	}

	@Test
	void furnitureOfAHundredThousandLinesIsMatchedInLinearTime() {
		OneDocument corpus = new OneDocument(100_000);
		for (int i = 0; i < 100_000; i += 2) {
			Sentence sentence = corpus.content.getParagraphs().get(0).getSentences().get(i);
			Furniture furniture = FACTORY.createFurniture();
			furniture.setStart(sentence.getStart());
			furniture.setEnd(sentence.getEnd());
			corpus.content.getAnnotations().add(furniture);
		}

		long started = System.nanoTime();
		DocumentSentences sentences = DocumentSentences.of(corpus.content);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertEquals(50_000, sentences.evidence().size());
		assertEquals(-1, sentences.position(0), "furniture is no evidence");
		assertEquals(0, sentences.position(1));
		assertEquals(49_999, sentences.position(99_999));
		// quadratic matching took minutes here; linear takes well under a second even on a loaded machine
		assertTrue(millis < 20_000, millis + " ms");
	}
}
