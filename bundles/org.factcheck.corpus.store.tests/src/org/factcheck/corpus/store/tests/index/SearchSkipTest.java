package org.factcheck.corpus.store.tests.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Weight;
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

/**
 * A search stops counting hits once its queue is full and skips the sentences that cannot beat the
 * last of them; the hits it returns are the same.
 */
class SearchSkipTest {

	private static final int DOCUMENTS = 600;
	private static final String SENTENCE = "Die Truppen wurden verlegt.";

	private Directory directory;
	private IndexReader reader;
	/** Hits handed to the search's collector. */
	private final AtomicInteger collected = new AtomicInteger();
	private SentenceIndex index;

	@BeforeEach
	void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new GermanSentenceAnalyzer()))) {
			for (int d = 0; d < DOCUMENTS; d++) {
				IndexedSentence sentence = new IndexedSentence(0, 0, SENTENCE.length(), SENTENCE);
				writer.addDocuments(IndexDocuments.block(id(d), id(d) + ".txt", SENTENCE.getBytes(UTF_8), List.of(sentence)));
			}
			writer.forceMerge(1);
		}
		reader = DirectoryReader.open(directory);
		IndexSearcher searcher = new IndexSearcher(reader) {
			@Override
			protected void search(LeafReaderContextPartition[] partitions, Weight weight, Collector collector) throws IOException {
				super.search(partitions, weight, new FilterCollector(collector) {
					@Override
					public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
						return new FilterLeafCollector(super.getLeafCollector(context)) {
							@Override
							public void collect(int doc) throws IOException {
								collected.incrementAndGet();
								super.collect(doc);
							}
						};
					}
				});
			}
		};
		index = new SentenceIndex(searcher, new GermanSentenceAnalyzer(), (id, content) -> new String(content, UTF_8),
				id -> {
				});
	}

	private static String id(int document) {
		return "d%04d".formatted(document);
	}

	@AfterEach
	void close() throws IOException {
		reader.close();
		directory.close();
	}

	@Test
	void hitsThatCannotEnterTheQueueAreSkipped() {
		List<SentenceMatch> hits = index.search("Truppen", null, 15);
		assertEquals(15, hits.size());
		for (int i = 0; i < hits.size(); i++) {
			assertEquals(id(i), hits.get(i).documentId(), "equal scores keep the first documents");
		}
		assertTrue(collected.get() < DOCUMENTS / 2,
				"the search collected " + collected.get() + " of " + DOCUMENTS + " equal hits for a queue of 79");
	}
}
