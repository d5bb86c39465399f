package org.factcheck.corpus.store.tests.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.corpus.store.index.IndexDocuments;
import org.factcheck.corpus.store.index.IndexedSentence;
import org.factcheck.corpus.store.index.SentenceIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same sentences give the same hits in the same order whatever order an import added their
 * documents in: equal scores are ordered by document id and sentence index, also at the limit.
 */
class SearchOrderTest {

	private static final String SAID = "Der Gemeinderat beschloss das Budget im Dezember.";
	private static final String OTHER = "Im Dezember wurde in Linz gewählt.";

	/** Documents z, m and a say the same; b says something else. */
	private static final List<String> DOCUMENTS = List.of("z", "m", "b", "a");

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 10 })
	void equalScoresComeInDocumentOrderWhateverTheImportOrder(int limit) throws IOException {
		List<SentenceMatch> forwards = search(DOCUMENTS, limit);
		List<SentenceMatch> backwards = search(DOCUMENTS.reversed(), limit);
		assertEquals(forwards, backwards);
		List<String> expected = List.of("a", "m", "z", "b").subList(0, Math.min(limit, 4));
		assertEquals(expected, forwards.stream().map(SentenceMatch::documentId).toList());
	}

	private static List<SentenceMatch> search(List<String> documents, int limit) throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new GermanSentenceAnalyzer()))) {
				for (String id : documents) {
					String text = id.equals("b") ? OTHER : SAID;
					writer.addDocuments(IndexDocuments.block(id, id + ".txt", text.getBytes(UTF_8),
							List.of(new IndexedSentence(0, 0, text.length(), text))));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				List<String> damaged = new ArrayList<>();
				List<SentenceMatch> hits = new SentenceIndex(new IndexSearcher(reader), new GermanSentenceAnalyzer(),
						(id, content) -> new String(content, UTF_8), damaged::add).search("Budget des Gemeinderats im Dezember", Set.of(), limit);
				assertEquals(List.of(), damaged);
				return hits;
			}
		}
	}
}
