package org.factcheck.evidence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.SentenceHit;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.Corpus;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.evidence.ClaimEvidence;
import org.junit.jupiter.api.Test;

class ClaimEvidenceContentsTest {

	private static final CorpusFactory FACTORY = CorpusFactory.eINSTANCE;

	/** Two documents of three sentences each; every search finds all six sentences. Counts content requests. */
	private static final class TwoDocuments implements CorpusAccess {

		final Corpus corpus = FACTORY.createCorpus();
		final Map<String, Integer> contentRequests = new ConcurrentHashMap<>();

		TwoDocuments() {
			add("a", "Die Regierung hat am Montag neue Polizisten eingestellt.", "Die Polizisten beginnen im Mai.",
					"Der Minister lobte die Regierung.");
			add("b", "Die Opposition kritisierte die Regierung.", "Neue Polizisten kosten Geld.",
					"Die Regierung hat am Montag entschieden.");
		}

		private void add(String id, String... sentences) {
			StringBuilder text = new StringBuilder();
			Paragraph paragraph = FACTORY.createParagraph();
			for (int i = 0; i < sentences.length; i++) {
				Sentence sentence = FACTORY.createSentence();
				sentence.setIndex(i);
				sentence.setStart(text.length());
				sentence.setEnd(text.length() + sentences[i].length());
				paragraph.getSentences().add(sentence);
				text.append(sentences[i]).append(' ');
			}
			Content content = FACTORY.createContent();
			content.setText(text.toString());
			content.getParagraphs().add(paragraph);
			Document document = FACTORY.createDocument();
			document.setId(id);
			document.setContent(content);
			corpus.getDocuments().add(document);
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

		@Override
		public List<SentenceHit> search(SentenceQuery query) {
			List<SentenceHit> hits = new ArrayList<>();
			for (Document document : corpus.getDocuments()) {
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
		assertEquals(Map.of("a", 1, "b", 1), corpus.contentRequests);
	}
}
