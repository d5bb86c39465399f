package org.factcheck.corpus.store.tests.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.corpus.store.index.IndexDocuments;
import org.factcheck.corpus.store.index.IndexFields;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.corpus.store.index.SentenceIndex;
import org.factcheck.corpus.store.index.SentenceRecord;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache indexes a sentence's words with their frequencies but without positions, which no
 * search reads: the scores, and so the hits and their order, are those of a positional index.
 */
class SentenceFieldsTest {

	private static final String[] SENTENCES = { "Die Bundesregierung beschloss am Montag neue Waffenlieferungen.",
			"Waffenlieferungen an die Ukraine: die Regierung beschloss sie am Montag.",
			"Der Sicherheitsrat tagte am Montag, die Regierung am Dienstag.", "Neue Maßnahmen, neue Regeln, neue Lieferungen.",
			"Die Lieferung von Waffen wurde beschlossen." };

	@TempDir
	Path temp;

	@Test
	void theCacheKeepsNoPositionsOfSentenceWords() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Path cache = temp.resolve("cache");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(5, store.importSummary().imported());
		}
		try (Directory directory = FSDirectory.open(cache.resolve("store"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			FieldInfo text = FieldInfos.getMergedFieldInfos(reader).fieldInfo(IndexFields.TEXT);
			assertEquals(IndexOptions.DOCS_AND_FREQS, text.getIndexOptions());
			assertFalse(text.omitsNorms());
		}
	}

	/**
	 * A sentence's text is stored once, in its document's content: the sentence's Lucene document
	 * keeps only its position, as a doc value, and stores nothing (reading a stored field decompresses
	 * the stored contents beside it); a hit's text is cut from the content.
	 */
	@Test
	void aSentencesTextIsStoredOnlyInItsDocumentsContent() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Path cache = temp.resolve("cache");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			List<SentenceMatch> hits = store.search("Regierung Truppen Präsident Montag Prozent Millionen Jahr", Set.of(), 20);
			assertTrue(hits.size() >= 10, hits.toString());
			for (SentenceMatch hit : hits) {
				assertEquals(store.content(hit.documentId()).orElseThrow().getText().substring(hit.start(), hit.end()),
						hit.text());
			}
		}
		try (Directory directory = FSDirectory.open(cache.resolve("store"));
				DirectoryReader reader = DirectoryReader.open(directory)) {
			int sentences = 0;
			for (LeafReaderContext leaf : reader.leaves()) {
				BinaryDocValues positions = leaf.reader().getBinaryDocValues(IndexFields.SENTENCE);
				assertNotNull(positions, "no sentence positions as doc values");
				StoredFields stored = leaf.reader().storedFields();
				for (int doc = positions.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = positions.nextDoc()) {
					sentences++;
					Document document = stored.document(doc);
					assertTrue(document.getFields().isEmpty(), document.toString());
				}
			}
			assertTrue(sentences >= 20, "sentences: " + sentences);
		}
	}

	@Test
	void scoresAreThoseOfAPositionalIndex() throws IOException {
		List<SentenceMatch> withPositions = search(new FieldType(TextField.TYPE_STORED));
		List<SentenceMatch> without = search(IndexFields.TEXT_TYPE);
		assertEquals(SENTENCES.length, without.size());
		assertEquals(withPositions, without);
		assertTrue(without.get(0).score() > without.get(without.size() - 1).score());
	}

	private static List<SentenceMatch> search(FieldType type) throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new GermanSentenceAnalyzer()))) {
				for (int i = 0; i < SENTENCES.length; i++) {
					IndexedSentence sentence = new IndexedSentence(i, 0, SENTENCES[i].length(), SENTENCES[i]);
					Document d = new Document();
					d.add(new StringField(IndexFields.DOC, "d" + i, Field.Store.YES));
					d.add(new BinaryDocValuesField(IndexFields.SENTENCE, new BytesRef(SentenceRecord.encode("d" + i, sentence, 1))));
					d.add(new Field(IndexFields.TEXT, sentence.text(), type));
					writer.addDocuments(List.of(IndexDocuments.record("d" + i, "d" + i + ".txt", SENTENCES[i].getBytes(UTF_8)), d));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				SentenceIndex index = new SentenceIndex(new IndexSearcher(reader), new GermanSentenceAnalyzer(),
						(id, content) -> new String(content, UTF_8), id -> {
						});
				return index.search("Die Regierung beschloss am Montag neue Waffenlieferungen", Set.of(), 10);
			}
		}
	}
}
