package org.factcheck.corpus.store.tests.derived;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.derived.DerivedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What clients compute from a document and keep with the corpus cache is served to later runs only
 * for the same content and version, survives damage by being computed again, and never stops a run
 * that cannot write it.
 */
class DerivedDataTest {

	private static final String KIND = "test-entries";
	private static final byte[] VALUE = "Polizisten: NN".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path temp;

	private Path corpus;
	private Path cache;

	@BeforeEach
	void writeCorpus() throws IOException {
		corpus = Files.createDirectories(temp.resolve("corpus"));
		cache = temp.resolve("cache");
		Files.writeString(corpus.resolve("zahl.txt"), "Die Regierung hat am Montag 500 neue Polizisten eingestellt.\n");
		Files.writeString(corpus.resolve("wetter.txt"), "Am Dienstag regnete es in Wien.\n");
	}

	private CorpusStore open() throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(cache));
	}

	private static DerivedData derived(CorpusStore store, String id) {
		return DerivedData.of(store.content(id).orElseThrow()).orElseThrow();
	}

	private void keep(int key, byte[] value) throws IOException {
		try (CorpusStore store = open()) {
			derived(store, "zahl").put(KIND, "v1", key, value);
			assertArrayEquals(value, derived(store, "zahl").get(KIND, "v1", key));
		}
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.walk(cache.resolve("derived"))) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	@Test
	void entriesAreServedToTheNextRunForTheSameContentAndVersionOnly() throws IOException {
		keep(3, VALUE);
		try (CorpusStore store = open()) {
			assertArrayEquals(VALUE, derived(store, "zahl").get(KIND, "v1", 3));
			assertNull(derived(store, "zahl").get(KIND, "v1", 4));
			assertNull(derived(store, "zahl").get(KIND, "v2", 3), "another version computes its own entries");
			assertNull(derived(store, "wetter").get(KIND, "v1", 3), "another document has its own entries");
		}
		assertEquals(1, files().size());
	}

	@Test
	void aContentMadeOutsideTheStoreHasNone() {
		assertTrue(DerivedData.of(CorpusFactory.eINSTANCE.createContent()).isEmpty());
	}

	@Test
	void aChangedDocumentIsNeverServedTheEntriesOfItsOldContent() throws IOException {
		keep(0, VALUE);
		Files.writeString(corpus.resolve("zahl.txt"), "Die Regierung hat am Montag 900 neue Polizisten eingestellt.\n");
		try (CorpusStore store = open()) {
			assertEquals(1, store.importSummary().imported());
			assertNull(derived(store, "zahl").get(KIND, "v1", 0));
			derived(store, "zahl").put(KIND, "v1", 0, new byte[] { 9 });
		}
		try (CorpusStore store = open()) {
			assertArrayEquals(new byte[] { 9 }, derived(store, "zahl").get(KIND, "v1", 0));
		}
	}

	@Test
	void aDamagedOrTruncatedFileIsReadAsEmptyAndWrittenAgain() throws IOException {
		keep(0, VALUE);
		Path file = files().get(0);
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length - 6] ^= 0x20;
		Files.write(file, bytes);
		try (CorpusStore store = open()) {
			assertNull(derived(store, "zahl").get(KIND, "v1", 0), "a damaged entry is never served");
			derived(store, "zahl").put(KIND, "v1", 0, VALUE);
		}
		try (CorpusStore store = open()) {
			assertArrayEquals(VALUE, derived(store, "zahl").get(KIND, "v1", 0), "the repaired file is served");
		}
		Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 20));
		try (CorpusStore store = open()) {
			assertNull(derived(store, "zahl").get(KIND, "v1", 0));
		}
	}

	@Test
	void aCacheWhereNothingCanBeWrittenStillServesTheRunItself() throws IOException {
		Files.createDirectories(cache);
		Files.writeString(cache.resolve("derived"), "not a folder");
		List<String> told = List.of(cache.resolve("derived") + ": cannot keep sentence analyses (a file is in its"
				+ " place); verification is not affected, only slower");
		CorpusStore first = open();
		try (first) {
			derived(first, "zahl").put(KIND, "v1", 1, VALUE);
			assertEquals(told, first.notices(), "told while the run goes on, before its report is written");
			derived(first, "wetter").put(KIND, "v1", 1, VALUE);
			assertArrayEquals(VALUE, derived(first, "zahl").get(KIND, "v1", 1));
		}
		assertEquals(told, first.notices(), "told once");
		try (CorpusStore store = open()) {
			assertNull(derived(store, "zahl").get(KIND, "v1", 1));
			assertEquals(List.of(), store.notices(), "nothing needed writing");
		}
		assertEquals("not a folder", Files.readString(cache.resolve("derived")));
	}

	@Test
	void aReadOnlyDerivedFolderIsToldOnceNamingItsCause() throws IOException {
		Path derived = Files.createDirectories(cache.resolve("derived"));
		assumeTrue(derived.toFile().setWritable(false, false) && !Files.isWritable(derived),
				"a read-only folder cannot be made here (running as root)");
		try {
			CorpusStore store = open();
			try (store) {
				derived(store, "zahl").put(KIND, "v1", 1, VALUE);
				derived(store, "wetter").put(KIND, "v1", 1, VALUE);
			}
			assertEquals(List.of(derived + ": cannot keep sentence analyses (permission denied); verification is not"
					+ " affected, only slower"), store.notices());
		} finally {
			derived.toFile().setWritable(true, false);
		}
	}

	@Test
	void aWriteFailingAtTheEndOfTheRunIsToldOnce() throws IOException {
		Path derived = Files.createDirectories(cache.resolve("derived"));
		Files.writeString(derived.resolve(KIND), "not a folder");
		CorpusStore store = open();
		try (store) {
			derived(store, "zahl").put(KIND, "v1", 1, VALUE);
			derived(store, "wetter").put(KIND, "v1", 1, VALUE);
			assertEquals(List.of(), store.notices(), "the folder itself can be written");
		}
		assertEquals(List.of(derived + ": cannot keep sentence analyses (not a directory); verification is not"
				+ " affected, only slower"), store.notices());
	}

	@Test
	void aWritableCacheIsToldNothing() throws IOException {
		CorpusStore store = open();
		try (store) {
			derived(store, "zahl").put(KIND, "v1", 1, VALUE);
		}
		assertEquals(List.of(), store.notices());
		assertEquals(1, files().size(), "only the document's file is left, no probe: " + files());
	}

	@Test
	void twoRunsSharingTheCacheKeepTheEntriesOfBoth() throws IOException {
		try (CorpusStore first = open(); CorpusStore second = open()) {
			derived(first, "zahl").put(KIND, "v1", 1, new byte[] { 1 });
			derived(second, "zahl").put(KIND, "v1", 2, new byte[] { 2 });
			derived(second, "zahl").put(KIND, "v1", 1, new byte[] { 1 });
		}
		try (CorpusStore store = open()) {
			assertArrayEquals(new byte[] { 1 }, derived(store, "zahl").get(KIND, "v1", 1));
			assertArrayEquals(new byte[] { 2 }, derived(store, "zahl").get(KIND, "v1", 2));
		}
		assertFalse(files().stream().anyMatch(f -> f.getFileName().toString().contains(".tmp")),
				"no temporary file is left behind");
	}

	@Test
	void theEntriesOfARemovedDocumentAreDeletedWithIt() throws IOException {
		try (CorpusStore store = open()) {
			derived(store, "zahl").put(KIND, "v1", 1, VALUE);
			derived(store, "wetter").put(KIND, "v1", 1, VALUE);
		}
		assertEquals(2, files().size());
		Files.delete(corpus.resolve("wetter.txt"));
		try (CorpusStore store = open()) {
			assertEquals(1, store.importSummary().removed());
			assertEquals(1, files().size());
			assertArrayEquals(VALUE, derived(store, "zahl").get(KIND, "v1", 1));
		}
	}
}
