package org.factcheck.corpus.store.tests.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.corpus.store.index.IndexDocuments;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.corpus.store.index.SentenceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sentence index reads a hit's stored fields once, and never serves a damaged one. */
class SentenceIndexTest {

	private static final String[] SENTENCES = { "Nordkoreanische Truppen kämpfen in Russland.",
			"Die Truppen wurden im Oktober nach Kursk verlegt.", "Seoul zeigte sich besorgt über die Truppen." };

	private Directory directory;
	private IndexReader reader;
	/** Stored-field documents read through the searcher. */
	private final AtomicInteger reads = new AtomicInteger();
	private final List<String> damaged = new ArrayList<>();
	private IndexSearcher searcher;
	private SentenceIndex index;

	@BeforeEach
	void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new GermanSentenceAnalyzer()))) {
			int start = 0;
			List<IndexedSentence> sentences = new ArrayList<>();
			for (int i = 0; i < SENTENCES.length; i++) {
				IndexedSentence sentence = new IndexedSentence(i, start, start + SENTENCES[i].length(), SENTENCES[i]);
				start = sentence.end() + 1;
				sentences.add(sentence);
			}
			writer.addDocuments(IndexDocuments.block("a", "a.txt", String.join(" ", SENTENCES).getBytes(UTF_8), sentences));
			// the sentence's checksum is over another text than its document's content holds
			IndexedSentence stated = new IndexedSentence(0, 0, 35, "Die Truppen kämpfen seit 2024 in Kursk.");
			writer.addDocuments(IndexDocuments.block("b", "b.txt", "Die Truppen kämpfen nicht in Kursk.".getBytes(UTF_8),
					List.of(stated)));
		}
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader) {
			@Override
			public StoredFields storedFields() throws IOException {
				StoredFields stored = super.storedFields();
				return new StoredFields() {
					@Override
					public void document(int doc, StoredFieldVisitor visitor) throws IOException {
						reads.incrementAndGet();
						stored.document(doc, visitor);
					}
				};
			}
		};
		index = new SentenceIndex(searcher, new GermanSentenceAnalyzer(), (id, content) -> new String(content, UTF_8),
				damaged::add);
	}

	@AfterEach
	void close() throws IOException {
		reader.close();
		directory.close();
	}

	@Test
	void aHitIsReadOnceAndServedAlikeToLaterSearches() {
		List<SentenceMatch> first = index.search("Truppen in Russland", Set.of("a"), 10);
		assertEquals(3, first.size(), first.toString());
		assertEquals(1, reads.get(), "their document's record alone: a sentence's position is a doc value");
		assertEquals(first, index.search("Truppen in Russland", Set.of("a"), 10));
		assertEquals(1, reads.get(), "the second search read stored fields again");
		List<SentenceMatch> other = index.search("Kursk", Set.of("a"), 10);
		assertEquals(1, other.size());
		assertEquals(SENTENCES[1], other.get(0).text());
		assertEquals(1, other.get(0).sentenceIndex());
		assertEquals(SENTENCES[0].length() + 1, other.get(0).start());
		assertEquals(1, reads.get());
	}

	@Test
	void aDocumentsTextIsReadOnceForHitsOfLaterSearches() {
		assertEquals(SENTENCES[1], index.search("Kursk", Set.of("a"), 10).get(0).text());
		assertEquals(1, reads.get(), "the sentence's document's record");
		assertEquals(SENTENCES[0], index.search("Russland", Set.of("a"), 10).get(0).text());
		assertEquals(1, reads.get(), "the record was read again for another sentence of the same document");
	}

	@Test
	void aTextTooLongToKeepIsReadOncePerSearch() {
		SentenceIndex small = new SentenceIndex(searcher, new GermanSentenceAnalyzer(),
				(id, content) -> new String(content, UTF_8), damaged::add, 10);
		assertEquals(3, small.search("Truppen", Set.of("a"), 10).size());
		assertEquals(1, reads.get(), "the three sentences' document's record, once");
		assertEquals(SENTENCES[0], small.search("Russland", Set.of("a"), 10).get(0).text());
		assertEquals(1, reads.get(), "a hit read before needs no text");
	}

	@Test
	void aDamagedHitIsLeftOutAndReportedOnEverySearch() {
		for (int i = 1; i <= 2; i++) {
			List<SentenceMatch> matches = index.search("Truppen kämpfen Kursk", Set.of(), 10);
			assertTrue(matches.stream().noneMatch(m -> m.documentId().equals("b")), matches.toString());
			assertEquals(3, matches.size());
			assertEquals(i, damaged.size(), damaged.toString());
		}
		assertEquals(List.of("b", "b"), damaged);
	}
}
