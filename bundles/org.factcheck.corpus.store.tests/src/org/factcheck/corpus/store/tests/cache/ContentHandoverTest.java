package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.cache.ContentCodec;
import org.factcheck.corpus.store.cache.ContentHandover;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHandoverTest {

	@TempDir
	Path temp;

	@Test
	void bytesAreHandedOverOnce() {
		ContentHandover handover = new ContentHandover(100);
		byte[] content = new byte[10];
		handover.offer("a", content);
		assertNull(handover.take("b"));
		assertTrue(handover.take("a") == content);
		assertNull(handover.take("a"));
	}

	@Test
	void theOldestBytesGoFirstBeyondTheBudget() {
		ContentHandover handover = new ContentHandover(25);
		handover.offer("a", new byte[10]);
		handover.offer("b", new byte[10]);
		handover.offer("c", new byte[10]);
		assertNull(handover.take("a"));
		assertEquals(10, handover.take("b").length);
		assertEquals(10, handover.take("c").length);
	}

	@Test
	void bytesLargerThanTheBudgetAreNotHeldAndDisplaceNothing() {
		ContentHandover handover = new ContentHandover(25);
		handover.offer("a", new byte[10]);
		handover.offer("big", new byte[26]);
		assertNull(handover.take("big"));
		assertEquals(10, handover.take("a").length);
	}

	@Test
	void bytesOfferedAgainReplaceTheEarlierOnesWithinTheBudget() {
		ContentHandover handover = new ContentHandover(25);
		handover.offer("a", new byte[20]);
		handover.offer("a", new byte[5]);
		handover.offer("b", new byte[20]);
		assertEquals(5, handover.take("a").length);
		assertEquals(20, handover.take("b").length);
	}

	@Test
	void theContentOfADocumentTheSearchHitIsTheContentLoadedWithoutASearch() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Path cache = temp.resolve("cache");
		byte[] unsearched;
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			unsearched = encoded(store, TestCorpora.SEED_002);
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			List<SentenceMatch> hits = store.search("Südkorea fordert ein Ende der Zusammenarbeit zwischen Russland und Nordkorea",
					Set.of(), 5);
			assertTrue(hits.stream().anyMatch(hit -> hit.documentId().equals(TestCorpora.SEED_002)), hits::toString);
			assertFalse(store.isContentLoaded(TestCorpora.SEED_002));
			assertArrayEquals(unsearched, encoded(store, TestCorpora.SEED_002));
			assertTrue(store.notices().isEmpty(), store.notices()::toString);
		}
	}

	@Test
	void aChangedDocumentThatTheSearchHitIsLoadedAsItIsNow() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Path cache = temp.resolve("cache");
		String query = "Südkorea fordert ein Ende der Zusammenarbeit zwischen Russland und Nordkorea";
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			store.search(query, Set.of(), 5);
		}
		Files.writeString(corpus.resolve(TestCorpora.SEED_002 + ".txt"),
				"\nDie Delegation reiste anschließend nach Tokio weiter.", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertTrue(store.search(query, Set.of(), 5).stream().anyMatch(hit -> hit.documentId().equals(TestCorpora.SEED_002)));
			assertTrue(store.content(TestCorpora.SEED_002).orElseThrow().getText().endsWith("nach Tokio weiter."));
		}
	}

	private static byte[] encoded(CorpusStore store, String documentId) {
		Content content = store.content(documentId).orElseThrow();
		return ContentCodec.encode(documentId, content);
	}
}
