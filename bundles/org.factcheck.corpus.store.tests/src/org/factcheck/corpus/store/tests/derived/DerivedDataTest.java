package org.factcheck.corpus.store.tests.derived;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
		try (CorpusStore store = open()) {
			derived(store, "zahl").put(KIND, "v1", 1, VALUE);
			derived(store, "wetter").put(KIND, "v1", 1, VALUE);
			assertArrayEquals(VALUE, derived(store, "zahl").get(KIND, "v1", 1));
		}
		try (CorpusStore store = open()) {
			assertNull(derived(store, "zahl").get(KIND, "v1", 1));
		}
		assertEquals("not a folder", Files.readString(cache.resolve("derived")));
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
