package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.corpus.store.ImportSummary;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheTest {

	@TempDir
	Path temp;

	private Path corpus;
	private Path cache;

	@BeforeEach
	void copySeeds() throws IOException {
		corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		cache = temp.resolve("cache");
	}

	private ImportSummary open() throws IOException {
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			return store.importSummary();
		}
	}

	@Test
	void aSecondOpenImportsNothing() throws IOException {
		ImportSummary first = open();
		assertEquals(5, first.imported());
		assertTrue(first.rebuilt());
		ImportSummary second = open();
		assertEquals(0, second.imported());
		assertEquals(5, second.unchanged());
		assertFalse(second.rebuilt());
	}

	@Test
	void aChangedFileIsTheOnlyOneImportedAgain() throws IOException {
		open();
		Path file = corpus.resolve(TestCorpora.SEED_002 + ".txt");
		Files.writeString(file, "\nDie Delegation reiste anschließend nach Tokio weiter.", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals(4, store.importSummary().unchanged());
			assertTrue(store.content(TestCorpora.SEED_002).orElseThrow().getText().endsWith("nach Tokio weiter."));
			assertEquals(TestCorpora.SEED_002, store.search("Delegation reiste nach Tokio", Set.of(), 1).get(0).documentId());
		}
	}

	@Test
	void aTouchedButUnchangedFileIsNotImportedAgain() throws IOException {
		open();
		Path file = corpus.resolve(TestCorpora.SEED_001 + ".txt");
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
		ImportSummary touched = open();
		assertEquals(0, touched.imported());
		assertEquals(5, touched.unchanged());
		assertEquals(0, open().imported());
	}

	@Test
	void newAndDeletedFilesAreAddedAndRemoved() throws IOException {
		open();
		Files.delete(corpus.resolve(TestCorpora.SEED_004 + ".txt"));
		Files.writeString(corpus.resolve("neu.txt"), "Wien – Der Nationalrat hat am Mittwoch das Budget beschlossen.",
				StandardCharsets.UTF_8);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals(1, store.importSummary().removed());
			assertEquals(4, store.importSummary().unchanged());
			assertFalse(store.document(TestCorpora.SEED_004).isPresent());
			assertTrue(store.search("Miller Waffen Ukraine Entscheidung", Set.of(), 50).stream()
					.noneMatch(m -> m.documentId().equals(TestCorpora.SEED_004)));
			assertEquals("neu", store.search("Nationalrat Budget", Set.of(), 1).get(0).documentId());
		}
	}

	/**
	 * The generation an update commits is opened from the previous one, reusing the records of
	 * segments whose files did not change: it must serve exactly what a fresh open of the cache does.
	 */
	@Test
	void theGenerationAnUpdateOpensServesWhatAFreshOpenServes() throws IOException {
		open();
		Files.writeString(corpus.resolve(TestCorpora.SEED_002 + ".txt"), "\nDie Delegation reiste anschließend nach Tokio weiter.",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Path touched = corpus.resolve(TestCorpora.SEED_001 + ".txt");
		Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
		Files.delete(corpus.resolve(TestCorpora.SEED_004 + ".txt"));
		Files.writeString(corpus.resolve("neu.txt"), "Wien – Der Nationalrat hat am Mittwoch das Budget beschlossen.",
				StandardCharsets.UTF_8);
		Map<String, String> updated;
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(2, store.importSummary().imported());
			assertEquals(1, store.importSummary().removed());
			updated = served(store);
		}
		assertEquals(Set.of(TestCorpora.SEED_000, TestCorpora.SEED_001, TestCorpora.SEED_002, TestCorpora.SEED_003, "neu"),
				updated.keySet().stream().filter(key -> !key.startsWith("search: ")).collect(java.util.stream.Collectors.toSet()));
		assertTrue(updated.get(TestCorpora.SEED_002).endsWith("nach Tokio weiter."));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(updated, served(store));
			assertEquals("neu", store.search("Nationalrat Budget", Set.of(), 1).get(0).documentId());
		}
	}

	/** Every document's id with its content, and the document each of a few searches finds first. */
	private static Map<String, String> served(CorpusStore store) throws IOException {
		Map<String, String> served = new java.util.TreeMap<>();
		for (Document document : store.corpus().getDocuments()) {
			served.put(document.getId(), store.content(document.getId()).orElseThrow().getText());
		}
		for (String query : List.of("Delegation reiste nach Tokio", "Nationalrat Budget", "nordkoreanische Soldaten")) {
			served.put("search: " + query, store.search(query, Set.of(), 1).get(0).documentId());
		}
		return served;
	}

	/** The problems of unchanged documents are reported on every open, in the order of the first import (by id). */
	@Test
	void theStoredProblemsOfUnchangedDocumentsAreReportedInIdOrderOnEveryOpen() throws IOException {
		for (int i = 0; i < 40; i++) {
			Files.write(corpus.resolve("kaputt-" + (i * 7919 % 40) + ".txt"),
					"Ein Satz \u00fcber die Stra\u00dfe.".getBytes(StandardCharsets.ISO_8859_1));
		}
		List<ImportProblem> first;
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(45, store.importSummary().imported());
			first = store.problems();
		}
		assertEquals(40, first.size(), first.toString());
		List<String> files = first.stream().map(p -> p.file().getFileName().toString()).toList();
		assertEquals(files.stream().sorted().toList(), files);
		Files.delete(corpus.resolve("kaputt-3.txt"));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
			assertEquals(1, store.importSummary().removed());
			assertEquals(first.stream().filter(p -> !p.file().endsWith("kaputt-3.txt")).toList(), store.problems());
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().removed());
			assertEquals(39, store.problems().size());
		}
	}

	@Test
	void aFileThatBecomesUnreadableIsDroppedAndReported() throws IOException {
		open();
		Path file = corpus.resolve(TestCorpora.SEED_002 + ".txt");
		Files.delete(file);
		Files.createSymbolicLink(file, temp.resolve("nirgends.txt"));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().removed());
			assertFalse(store.document(TestCorpora.SEED_002).isPresent());
			assertEquals(1, store.problems().size());
			assertEquals(file, store.problems().get(0).file());
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
			assertEquals(0, store.importSummary().removed());
			assertEquals(4, store.importSummary().unchanged());
			assertEquals(1, store.problems().size());
		}
	}

	@Test
	void aChangedManifestEntryImportsItsDocumentAgain() throws IOException {
		Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Alt\"}\n");
		open();
		Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Neu\"}\n");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals("Neu", store.document(TestCorpora.SEED_001).orElseThrow().getTitle());
		}
	}

	@Test
	void manifestFieldsWithoutAttributeBecomePropertiesKeptInTheCacheAndTheirChangeImportsAgain() throws IOException {
		Files.writeString(corpus.resolve("manifest.jsonl"),
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"publisher\": \"Blog\", \"trust\": \"low\", \"rank\": 3}\n");
		open();
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
			assertEquals("low", store.document(TestCorpora.SEED_001).orElseThrow().getProperties().get("trust"));
			assertEquals("3", store.document(TestCorpora.SEED_001).orElseThrow().getProperties().get("rank"));
			assertTrue(store.document(TestCorpora.SEED_002).orElseThrow().getProperties().isEmpty());
		}
		Files.writeString(corpus.resolve("manifest.jsonl"),
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"publisher\": \"Blog\", \"trust\": \"high\"}\n");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals("high", store.document(TestCorpora.SEED_001).orElseThrow().getProperties().get("trust"));
		}
	}

	/**
	 * A changed document finds its entry of an unchanged manifest again at the place its record
	 * keeps; where the manifest changed around an entry that stayed the same, the entry is found
	 * all the same, and its record then keeps its new place.
	 */
	@Test
	void aChangedDocumentFindsItsEntryOfAnUnchangedManifestAtItsKeptPlace() throws Exception {
		String one = "{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Eins\", \"trust\": \"low\"}";
		String two = "{\"id\": \"" + TestCorpora.SEED_002 + "\", \"title\": \"Zwei\"}";
		Files.writeString(corpus.resolve("manifest.jsonl"), two + "\n" + one + "\n", StandardCharsets.UTF_8);
		open();
		assertEquals(new org.factcheck.corpus.store.cache.DocumentRecord.ManifestPlace(two.length() + 1, 2),
				placeOf(TestCorpora.SEED_001));
		// the manifest's stamp, and then the document's, must be older than the racy window, or
		// every update reads the manifest whole, or the document again
		Thread.sleep(3_500);
		open();
		Files.writeString(corpus.resolve(TestCorpora.SEED_001 + ".txt"), "\nDie Delegation reiste nach Tokio weiter.",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals("Eins", store.document(TestCorpora.SEED_001).orElseThrow().getTitle());
			assertEquals("low", store.document(TestCorpora.SEED_001).orElseThrow().getProperties().get("trust"));
		}
		Thread.sleep(3_500);
		open();
		String moved = "{\"id\": \"" + TestCorpora.SEED_003 + "\", \"title\": \"Drei, davor eingef\u00fcgt\"}";
		Files.writeString(corpus.resolve("manifest.jsonl"), moved + "\n" + two + "\n" + one + "\n", StandardCharsets.UTF_8);
		open();
		Thread.sleep(3_500);
		open();
		Files.writeString(corpus.resolve(TestCorpora.SEED_001 + ".txt"), "\nSie kehrte am Freitag zur\u00fcck.",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(1, store.importSummary().imported());
			assertEquals("Eins", store.document(TestCorpora.SEED_001).orElseThrow().getTitle());
			assertEquals("Drei, davor eingef\u00fcgt", store.document(TestCorpora.SEED_003).orElseThrow().getTitle());
		}
		assertEquals(new org.factcheck.corpus.store.cache.DocumentRecord.ManifestPlace(
				moved.getBytes(StandardCharsets.UTF_8).length + 1 + two.length() + 1, 3), placeOf(TestCorpora.SEED_001));
	}

	private org.factcheck.corpus.store.cache.DocumentRecord.ManifestPlace placeOf(String id) throws IOException {
		org.factcheck.corpus.store.cache.CacheUpdater.Result result = new org.factcheck.corpus.store.cache.CacheUpdater(
				corpus.toRealPath(), cache, 1).update();
		try {
			return result.generation().record(id).manifestPlace();
		} finally {
			result.generation().close();
		}
	}

	@Test
	void anUnchangedManifestStillAppliesToChangedNewAndRemovedDocumentsAndItsProblemsAreReportedOnEveryOpen()
			throws Exception {
		Files.writeString(corpus.resolve("manifest.jsonl"), String.join("\n",
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Eins\", \"trust\": \"low\"}",
				"{\"id\": \"" + TestCorpora.SEED_002 + "\", \"title\": \"kaputt\"",
				"{\"id\": \"ne\\u0075\", \"title\": \"Neu im Ordner\", \"trust\": \"high\"}",
				"{\"id\": \"" + TestCorpora.SEED_004 + "\", \"title\": \"Vier\"}", ""), StandardCharsets.UTF_8);
		open();
		// the manifest's stamp must be older than the racy window, or every update reads it whole
		Thread.sleep(3_500);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
			assertEquals(List.of("2 malformed JSON", "3 entry \"neu\" names no document"), manifestProblems(store));
		}
		Files.writeString(corpus.resolve(TestCorpora.SEED_001 + ".txt"), "\nDie Delegation reiste nach Tokio weiter.",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Files.delete(corpus.resolve(TestCorpora.SEED_004 + ".txt"));
		Files.writeString(corpus.resolve("neu.txt"), "Wien – Der Nationalrat hat am Mittwoch das Budget beschlossen.",
				StandardCharsets.UTF_8);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(2, store.importSummary().imported());
			assertEquals(1, store.importSummary().removed());
			Document changed = store.document(TestCorpora.SEED_001).orElseThrow();
			assertEquals("Eins", changed.getTitle());
			assertEquals("low", changed.getProperties().get("trust"));
			Document added = store.document("neu").orElseThrow();
			assertEquals("Neu im Ordner", added.getTitle());
			assertEquals("high", added.getProperties().get("trust"));
			assertEquals(List.of("2 malformed JSON", "4 entry \"" + TestCorpora.SEED_004 + "\" names no document"),
					manifestProblems(store));
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
			assertEquals(List.of("2 malformed JSON", "4 entry \"" + TestCorpora.SEED_004 + "\" names no document"),
					manifestProblems(store));
		}
		Files.writeString(corpus.resolve("manifest.jsonl"),
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Eins\", \"trust\": \"high\"}\n");
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(2, store.importSummary().imported(), "the entries of 001 and neu changed");
			assertEquals("high", store.document(TestCorpora.SEED_001).orElseThrow().getProperties().get("trust"));
			assertEquals(List.of(), manifestProblems(store));
		}
	}

	/** The manifest's problems as "LINE START-OF-MESSAGE", in line order. */
	private static List<String> manifestProblems(CorpusStore store) {
		return store.problems().stream().filter(p -> p.file().getFileName().toString().equals("manifest.jsonl"))
				.sorted(java.util.Comparator.comparingInt(ImportProblem::line))
				.map(p -> p.line() + " " + (p.message().startsWith("malformed JSON") ? "malformed JSON"
						: p.message().substring(0, p.message().indexOf(" names no document") + 18)))
				.toList();
	}

	@Test
	void theCorpusFolderIsNeverWritten() throws Exception {
		Path readOnly = TestCorpora.copyOfSeeds(temp.resolve("read-only"));
		for (Path file : TestCorpora.files(readOnly)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		}
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
		List<String> before = snapshot(readOnly);
		try (CorpusStore store = CorpusStore.open(readOnly, StoreOptions.withIndex(cache))) {
			assertEquals(5, store.corpus().getDocuments().size());
			store.content(TestCorpora.SEED_000).orElseThrow();
			store.search("Trump Amtszeit", Set.of(), 5);
		}
		try (CorpusStore store = CorpusStore.open(readOnly, StoreOptions.withIndex(cache))) {
			assertEquals(0, store.importSummary().imported());
		}
		assertEquals(before, snapshot(readOnly));
		assertFalse(cache.startsWith(readOnly));
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void theDefaultCacheIsOutsideTheCorpusFolderAndKeyedByIt() throws IOException {
		Path cacheOfSeeds = CorpusStore.defaultCacheDirectory(TestCorpora.seeds());
		assertTrue(cacheOfSeeds.toString().contains("/factcheck/corpora/"), cacheOfSeeds.toString());
		assertFalse(cacheOfSeeds.startsWith(TestCorpora.seeds()));
		assertFalse(cacheOfSeeds.equals(CorpusStore.defaultCacheDirectory(corpus)));
		assertEquals(cacheOfSeeds, CorpusStore.defaultCacheDirectory(TestCorpora.seeds()));
	}

	@Test
	void aDamagedCacheIsRebuiltWithANotice() throws IOException {
		open();
		try (var files = Files.list(cache.resolve("store"))) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().endsWith("lock")) {
					Files.write(file, new byte[] { 1, 2, 3, 4 });
				}
			}
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertTrue(store.importSummary().rebuilt());
			assertEquals(5, store.importSummary().imported());
			assertEquals(1, store.notices().size(), store.notices().toString());
			assertTrue(store.notices().get(0).contains("rebuilt because it is damaged"), store.notices().get(0));
			for (Document document : store.corpus().getDocuments()) {
				assertTrue(store.content(document.getId()).isPresent());
			}
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertFalse(store.importSummary().rebuilt());
			assertEquals(List.of(), store.notices());
		}
	}

	private void markAsBuiltByAnotherVersion() throws IOException {
		try (Directory directory = FSDirectory.open(cache.resolve("store"));
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			Map<String, String> data = new HashMap<>();
			writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
			data.put("factcheck.version", "old");
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
		}
	}

	private void assertRebuiltAsBuiltByAnotherVersion() throws IOException {
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertTrue(store.importSummary().rebuilt());
			assertEquals(5, store.importSummary().imported());
			assertTrue(store.notices().get(0).contains("another version"), store.notices().toString());
		}
	}

	@Test
	void aCacheOfAnotherVersionIsRebuilt() throws IOException {
		open();
		markAsBuiltByAnotherVersion();
		assertRebuiltAsBuiltByAnotherVersion();
	}

	/** The command line may end the process when it is told that an import starts (to start it again). */
	@Test
	void anImportEndedWhenItIsAnnouncedLeavesTheCacheAsItWas() throws IOException {
		open();
		markAsBuiltByAnotherVersion();
		List<Integer> announced = new ArrayList<>();
		ImportProgress ending = new ImportProgress() {
			@Override
			public void started(Path folder, int documents) {
				announced.add(documents);
				throw new IllegalStateException("ended");
			}
		};
		assertThrows(IllegalStateException.class,
				() -> CorpusStore.open(corpus, StoreOptions.withIndex(cache).withProgress(ending)).close());
		assertEquals(List.of(5), announced);
		assertRebuiltAsBuiltByAnotherVersion();
	}

	@Test
	void aCacheOfAnEarlierLayoutIsReplaced() throws IOException {
		Files.createDirectories(cache.resolve("content"));
		Files.createDirectories(cache.resolve("index"));
		Files.writeString(cache.resolve("state.json"), "{}");
		Files.writeString(cache.resolve("corpus.bin"), "alt");
		assertEquals(5, open().imported());
		for (String old : List.of("content", "index", "state.json", "corpus.bin")) {
			assertFalse(Files.exists(cache.resolve(old)), old);
		}
	}

	@Test
	void openingDoesNotLoadContents() throws IOException {
		open();
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			for (Document document : store.corpus().getDocuments()) {
				assertFalse(store.isContentLoaded(document.getId()), document.getId());
			}
			store.content(TestCorpora.SEED_003).orElseThrow();
			assertTrue(store.isContentLoaded(TestCorpora.SEED_003));
			assertFalse(store.isContentLoaded(TestCorpora.SEED_004));
		}
	}

	@Test
	void severalThreadsOpenTheSameCorpusAndReadContents() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> opens = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				opens.add(() -> {
					try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
						return store.corpus().getDocuments().size();
					}
				});
			}
			for (Future<Integer> size : pool.invokeAll(opens)) {
				assertEquals(5, size.get());
			}
			try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
				List<Callable<Integer>> reads = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					reads.add(() -> {
						int sentences = 0;
						for (Document document : store.corpus().getDocuments()) {
							sentences += store.content(document.getId()).orElseThrow().getParagraphs().stream()
									.mapToInt(p -> p.getSentences().size()).sum();
							sentences += store.search("Nordkorea Truppen Russland", Set.of(document.getId()), 3).size();
						}
						return sentences;
					});
				}
				List<Future<Integer>> results = pool.invokeAll(reads);
				int expected = results.get(0).get();
				for (Future<Integer> result : results) {
					assertEquals(expected, result.get());
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static List<String> snapshot(Path folder) throws Exception {
		List<String> entries = new ArrayList<>();
		for (Path file : TestCorpora.files(folder)) {
			entries.add(file.getFileName() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + " "
					+ HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
		}
		return entries;
	}
}
