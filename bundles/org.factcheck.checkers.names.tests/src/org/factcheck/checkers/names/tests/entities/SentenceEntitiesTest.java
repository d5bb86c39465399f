package org.factcheck.checkers.names.tests.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.factcheck.checker.CorpusAccess;
import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.entities.SentenceEntities;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.evidence.candidates.DocumentSentences;
import org.factcheck.evidence.terms.AnalyzedText;
import org.junit.jupiter.api.Test;

class SentenceEntitiesTest {

	private final EntityFinder finder = new EntityFinder();

	@Test
	void aSentencesEntitiesAreFoundOnceAndAreWhatTheFinderFinds() throws IOException {
		CorpusAccess corpus = new StoreCorpusAccess(TestCorpora.seedStore());
		DocumentSentences document = DocumentSentences.of(corpus.content(TestCorpora.SEED_003).orElseThrow());
		int named = 0;
		for (Sentence sentence : document.evidence()) {
			AnalyzedText analysis = document.analysis(sentence);
			List<EntityMention> first = SentenceEntities.of(corpus, TestCorpora.SEED_003, sentence.getIndex(), analysis, finder);
			assertEquals(finder.find(analysis), first, sentence.getText());
			assertSame(first, SentenceEntities.of(corpus, TestCorpora.SEED_003, sentence.getIndex(), analysis, finder));
			named += first.size();
		}
		assertTrue(named > 5, "the seed document names Cho Tae Yul, Seoul, Südkorea, Russland …: " + named);
	}

	@Test
	void withoutTheDocumentsContentTheEntitiesAreFoundInTheAnalysis() throws IOException {
		CorpusAccess corpus = new StoreCorpusAccess(TestCorpora.seedStore());
		DocumentSentences document = DocumentSentences.of(corpus.content(TestCorpora.SEED_003).orElseThrow());
		AnalyzedText analysis = document.analysis(document.evidence().get(0));
		assertEquals(finder.find(analysis), SentenceEntities.of(corpus, "no-such-document", 0, analysis, finder));
	}
}
