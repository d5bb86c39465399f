package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update of the cache killed half-way ({@code kill -9}, SIGTERM) leaves the cache at the old or
 * the new generation: the next open serves each document exactly as its file says, never a
 * document mixed from two versions, even when the files are restored to the old version with
 * their old modification times (a backup restored with {@code cp -p}).
 */
class CrashSafetyTest {

	private static final int COPIES = 40;

	@TempDir
	Path temp;

	/** The seeds, each {@value #COPIES} times, so that an update takes long enough to be interrupted. */
	private Map<Path, String> writeCorpus(Path corpus, String version) throws IOException {
		Files.createDirectories(corpus);
		Map<Path, String> texts = new LinkedHashMap<>();
		int n = 0;
		for (Path seed : TestCorpora.files(TestCorpora.seeds())) {
			String text = Files.readString(seed, StandardCharsets.UTF_8);
			for (int copy = 0; copy < COPIES; copy++) {
				Path file = corpus.resolve(String.format("doc-%03d.txt", n++));
				String versioned = text + "\nFassung " + version + " der Meldung " + file.getFileName() + ".\n";
				Files.writeString(file, versioned, StandardCharsets.UTF_8);
				texts.put(file, versioned);
			}
		}
		return texts;
	}

	@Test
	void aKilledUpdateIsRolledBackOrCompleted() throws Exception {
		Path corpus = temp.resolve("corpus");
		Path cache = temp.resolve("cache");
		Map<Path, String> old = writeCorpus(corpus, "alt");
		Map<Path, FileTime> oldTimes = new LinkedHashMap<>();
		for (Path file : old.keySet()) {
			oldTimes.put(file, Files.getLastModifiedTime(file));
		}
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			assertEquals(old.size(), store.corpus().getDocuments().size());
		}
		long[] delays = { 0, 20, 60, 150, 400, 1000 };
		for (int round = 0; round < delays.length; round++) {
			boolean restore = round % 2 == 0;
			boolean forcibly = round % 3 != 2;
			Map<Path, String> edited = writeCorpus(corpus, "neu-" + round);
			Path log = temp.resolve("child-" + round + ".log");
			Map<Path, String> before = snapshot(cache);
			Process child = StoreProcess.start(corpus, cache, log);
			boolean writing = awaitFirstWrite(child, cache, before);
			boolean finished = child.waitFor(delays[round], TimeUnit.MILLISECONDS);
			if (!finished) {
				if (forcibly) {
					child.destroyForcibly();
				} else {
					child.destroy();
				}
				assertTrue(child.waitFor(60, TimeUnit.SECONDS));
			}
			assertTrue(Files.readString(log).contains("opening"), "the child process did not run: " + Files.readString(log));
			assertTrue(writing, "the child process never wrote the cache: " + Files.readString(log));
			Map<Path, String> expected = edited;
			if (restore) {
				for (Map.Entry<Path, String> file : old.entrySet()) {
					Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
					Files.setLastModifiedTime(file.getKey(), oldTimes.get(file.getKey()));
				}
				expected = old;
			}
			String what = "round " + round + " (killed " + delays[round] + " ms into writing" + (finished ? ", had finished" : "")
					+ (forcibly ? " with SIGKILL" : " with SIGTERM") + (restore ? ", old files restored" : "") + ")";
			try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
				assertServes(store, expected, what);
			}
		}
	}

	/** Waits until the child changes a file of the cache (or ends); whether it did. */
	private static boolean awaitFirstWrite(Process child, Path cache, Map<Path, String> before) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!snapshot(cache).equals(before)) {
				return true;
			}
			if (!child.isAlive()) {
				return !snapshot(cache).equals(before);
			}
			Thread.sleep(5);
		}
		return false;
	}

	private static Map<Path, String> snapshot(Path cache) throws IOException {
		Map<Path, String> files = new TreeMap<>();
		if (!Files.isDirectory(cache)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(cache)) {
			for (Path path : paths.filter(p -> !p.getFileName().toString().endsWith("lock")).toList()) {
				try {
					files.put(path, Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
				} catch (IOException e) {
					files.put(path, "gone");
				}
			}
		} catch (java.io.UncheckedIOException e) {
			files.put(cache, "changing");
		}
		return files;
	}

	private static void assertServes(CorpusStore store, Map<Path, String> texts, String what) {
		assertEquals(texts.size(), store.corpus().getDocuments().size(), what);
		for (Map.Entry<Path, String> file : texts.entrySet()) {
			String id = file.getKey().getFileName().toString().replace(".txt", "");
			assertEquals(file.getValue(), store.content(id).orElseThrow().getText(), what + ": " + id);
		}
		List<SentenceMatch> hits = store.search("Fassung der Meldung", Set.of(), 400);
		assertTrue(hits.size() >= texts.size(), what + ": " + hits.size() + " hits");
		for (SentenceMatch hit : hits) {
			String text = store.content(hit.documentId()).orElseThrow().getText();
			assertEquals(text.substring(hit.start(), hit.end()), hit.text(), what + ": hit " + hit);
		}
	}
}
