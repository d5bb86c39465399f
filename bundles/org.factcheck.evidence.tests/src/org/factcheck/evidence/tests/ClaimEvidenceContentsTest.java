package org.factcheck.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.ClaimEvidence;
import org.junit.jupiter.api.Test;

class ClaimEvidenceContentsTest {

	/** Two documents of three sentences each; every search finds all six sentences. Counts content requests. */
	private static final class TwoDocuments extends InMemoryCorpus {

		TwoDocuments() {
			add("a", ' ', "Die Regierung hat am Montag neue Polizisten eingestellt.", "Die Polizisten beginnen im Mai.",
					"Der Minister lobte die Regierung.");
			add("b", ' ', "Die Opposition kritisierte die Regierung.", "Neue Polizisten kosten Geld.",
					"Die Regierung hat am Montag entschieden.");
		}

		@Override
		public List<SentenceHit> search(SentenceQuery query) {
			List<SentenceHit> hits = new ArrayList<>();
			for (Document document : corpus().getDocuments()) {
				for (Sentence sentence : document.getContent().getParagraphs().get(0).getSentences()) {
					hits.add(new SentenceHit(document.getId(), sentence.getIndex(), sentence.getStart(), sentence.getEnd(),
							sentence.getText(), 1f));
				}
			}
			return hits;
		}
	}

	private static CheckContext context(CorpusAccess corpus) {
		return new CheckContext() {
			@Override
			public CorpusAccess corpus() {
				return corpus;
			}

			@Override
			public boolean isCancelled() {
				return false;
			}

			@Override
			public <T> T shared(SharedKey<T> key, Supplier<T> compute) {
				return compute.get();
			}
		};
	}

	@Test
	void theContentOfADocumentWithSeveralCandidatesIsAskedForOncePerClaim() {
		TwoDocuments corpus = new TwoDocuments();
		ClaimEvidence evidence = ClaimEvidence.of(new Claim("c", "Die Regierung hat am Montag neue Polizisten eingestellt.",
				List.of(), Optional.empty()), context(corpus));
		assertEquals(6, evidence.sentences().size());
		assertEquals(Map.of("a", 1, "b", 1), corpus.contentRequests());
	}
}
