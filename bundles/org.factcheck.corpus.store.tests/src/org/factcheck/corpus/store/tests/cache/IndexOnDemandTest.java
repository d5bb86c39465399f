package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportSummary;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus opened for its problems ({@link StoreOptions#indexOnDemand()}) is brought up to date from
 * the summary of its cache's generation and opens the index only when something needs it: what it
 * reports and serves is what a store opened with its index says, a changed document is imported
 * again, and a damaged cache is still found and rebuilt.
 */
class IndexOnDemandTest {

	private static final String DUMP = """
			{"id": "dump-1", "title": "Schnee in Tirol", "text": "Innsbruck – In Tirol hat es in der Nacht bis zu 40 Zentimeter geschneit."}
			{"id": "dump-2", "text": "Graz – Der Grazer Gemeinderat
			{"id": "dump-3", "text": "Wien – Die Pensionen steigen 2025 um 4,6 Prozent."}
			""";

	@TempDir
	Path temp;

	private Path corpus;
	private Path cache;

	/** Seeds, a file with invalid UTF-8, a dump with a broken line and a manifest entry for no document. */
	@BeforeEach
	void corpusWithProblems() throws IOException, InterruptedException {
		corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Files.write(corpus.resolve("kaputt.txt"), "Die Zahl \u00ff stimmt nicht.\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(corpus.resolve("dump.jsonl"), DUMP, StandardCharsets.UTF_8);
		Files.writeString(corpus.resolve("manifest.jsonl"),
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Alt\"}\n{\"id\": \"fehlt\", \"title\": \"Nichts\"}\n");
		// the files' stamps must be older than the racy window, or every update reads them again
		Thread.sleep(3_500);
		cache = temp.resolve("cache");
	}

	private CorpusStore open(Path cacheDirectory, boolean onDemand) throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(cacheDirectory).withIndexOnDemand(onDemand));
	}

	private record Seen(List<String> problems, ImportSummary summary, List<String> notices, List<String> documents,
			List<SentenceMatch> hits) {
	}

	/** What a store reports and serves, with its cache folder written as CACHE. */
	private static Seen seen(CorpusStore store) {
		ImportSummary done = store.importSummary();
		List<String> documents = store.corpus().getDocuments().stream().map(Document::getId).toList();
		List<SentenceMatch> hits = store.search("nordkoreanische Soldaten nach Russland entsandt", Set.of(), 10);
		return new Seen(store.problems().stream().map(p -> p.format()).toList(),
				new ImportSummary(done.documents(), done.imported(), done.unchanged(), done.removed(), done.rebuilt(), null),
				store.notices().stream().map(n -> n.replace(store.cacheDirectory().toString(), "CACHE")).toList(),
				documents, hits);
	}

	@Test
	void reportsAndServesWhatAStoreWithItsIndexDoes() throws IOException {
		Seen withIndex;
		try (CorpusStore store = open(cache, false)) {
			withIndex = seen(store);
		}
		assertEquals(8, withIndex.documents().size());
		assertTrue(withIndex.problems().size() >= 3, withIndex.problems().toString());
		try (CorpusStore store = open(cache, false)) {
			assertEquals(0, store.importSummary().imported());
			withIndex = seen(store);
		}
		try (CorpusStore store = open(cache, true)) {
			assertEquals(withIndex.problems(), store.problems().stream().map(p -> p.format()).toList());
			assertEquals(withIndex, seen(store));
			assertEquals("Alt", store.document(TestCorpora.SEED_001).orElseThrow().getTitle());
			assertTrue(store.content("dump-3").orElseThrow().getText().contains("4,6 Prozent"));
		}
	}

	@Test
	void opensTheIndexOnlyWhenItIsNeeded() throws IOException {
		int problems;
		try (CorpusStore store = open(cache, false)) {
			problems = store.problems().size();
		}
		try (CorpusStore store = open(cache, true)) {
			assertEquals(problems, store.problems().size());
			// another process brings the cache up to date with a new document meanwhile
			Files.writeString(corpus.resolve("neu.txt"), "Linz – Die Straßenbahn fährt wieder.\n");
			try (CorpusStore other = open(cache, false)) {
				assertEquals(1, other.importSummary().imported());
			}
			assertThrows(UncheckedIOException.class, () -> store.search("Straßenbahn", Set.of(), 3),
					"the generation it was opened with is gone, and a later one is never mixed in");
		}
	}

	@Test
	void aChangedDocumentIsImportedAgain() throws IOException {
		int problems;
		try (CorpusStore store = open(cache, false)) {
			problems = store.problems().size();
		}
		Files.writeString(corpus.resolve(TestCorpora.SEED_002 + ".txt"), "Wien – Der Nationalrat tagt am Mittwoch.\n");
		try (CorpusStore store = open(cache, true)) {
			assertEquals(1, store.importSummary().imported());
			assertEquals(problems, store.problems().size());
			assertEquals("Wien – Der Nationalrat tagt am Mittwoch.\n", store.content(TestCorpora.SEED_002).orElseThrow().getText());
		}
		try (CorpusStore store = open(cache, true)) {
			assertEquals(0, store.importSummary().imported());
			assertEquals(problems, store.problems().size());
		}
	}

	/** Every file of the cache damaged in turn: each copy reports as a store with its index does on a like copy. */
	@Test
	void aDamagedCacheIsFoundAsWithTheIndex() throws IOException {
		try (CorpusStore store = open(cache, false)) {
			assertEquals(8, store.corpus().getDocuments().size());
		}
		assertTrue(Files.isRegularFile(cache.resolve("store-summary")), "the generation's summary is kept");
		int damaged = 0;
		for (Path file : CacheIntegrityTest.cacheFiles(cache)) {
			Path withIndex = temp.resolve("damaged-" + damaged++);
			Path onDemand = temp.resolve("damaged-" + damaged++);
			CacheIntegrityTest.copyTree(cache, withIndex);
			CacheIntegrityTest.copyTree(cache, onDemand);
			flipOneBit(withIndex.resolve(cache.relativize(file)));
			flipOneBit(onDemand.resolve(cache.relativize(file)));
			String what = "damaged " + cache.relativize(file);
			Seen expected;
			try (CorpusStore store = open(withIndex, false)) {
				expected = seen(store);
			}
			try (CorpusStore store = open(onDemand, true)) {
				assertEquals(expected, seen(store), what);
			}
		}
		assertTrue(damaged > 0);
	}

	private static void flipOneBit(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			long at = raf.length() / 2;
			raf.seek(at);
			int value = raf.read();
			raf.seek(at);
			raf.write(value ^ 0x10);
		}
	}
}
