package org.factcheck.corpus.store.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that once spoiled a whole corpus or hung the import: each is imported (or skipped
 * with a problem) while the other documents stay usable, in bounded time.
 */
class HostileDocumentsTest {

	/** Far above what these imports need once bounded; they used to hang for many minutes. */
	private static final Duration HANG = Duration.ofSeconds(90);

	private static final String[] WORDS = { "die", "der", "das", "und", "Regierung", "Wien", "Minister", "sagte",
			"Montag", "Prozent", "Millionen", "Euro", "Jahr", "Polizei", "Grenze" };

	@TempDir
	Path temp;

	private Path corpus() throws IOException {
		return TestCorpora.copyOfSeeds(temp.resolve("corpus"));
	}

	private CorpusStore open(Path corpus) throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")));
	}

	private static List<ImportProblem> problemsOf(CorpusStore store, String fileName) {
		return store.problems().stream().filter(p -> p.file().getFileName().toString().equals(fileName)).toList();
	}

	private static void assertSeedsUsable(CorpusStore store) {
		assertEquals(TestCorpora.SEED_003,
				store.search("nordkoreanische Soldaten nach Russland entsandt", Set.of(), 1).get(0).documentId());
		assertTrue(store.content(TestCorpora.SEED_001).isPresent());
	}

	private static String words(Random random, int characters, String separator) {
		StringBuilder text = new StringBuilder(characters + 16);
		while (text.length() < characters) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(separator);
		}
		return text.toString();
	}

	@Test
	void emptyAndByteOrderMarkOnlyFilesAreEmptyDocuments() throws IOException {
		Path corpus = corpus();
		Files.write(corpus.resolve("leer.txt"), new byte[0]);
		Files.write(corpus.resolve("nur-bom.txt"), new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CorpusStore store = open(corpus)) {
			assertEquals(7, store.corpus().getDocuments().size());
			assertEquals("", store.content("leer").orElseThrow().getText());
			assertEquals("", store.content("nur-bom").orElseThrow().getText());
			assertSeedsUsable(store);
		}
	}

	@Test
	void wordsLongerThanTheCompoundSplitterTakesAreWordsLikeAnyOther() throws IOException {
		Path corpus = corpus();
		String longWord = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäudeverwaltung";
		Files.writeString(corpus.resolve("lang.txt"), "Quelle: https://example.org/" + "a".repeat(300) + "\n"
				+ "Die Regierung hat am Montag die " + longWord + " geschlossen.\n", StandardCharsets.UTF_8);
		try (CorpusStore store = open(corpus)) {
			assertEquals(6, store.corpus().getDocuments().size());
			assertEquals("lang", store.search("Regierung " + longWord, Set.of(), 1).get(0).documentId());
			assertSeedsUsable(store);
		}
	}

	@Test
	void aLatinOneDocumentIsReadAsLatinOneWithAWarning() throws IOException {
		Path corpus = corpus();
		Files.write(corpus.resolve("latin1.txt"),
				"Der Bürgermeister von München grüßt die Gäste.\n".getBytes(StandardCharsets.ISO_8859_1));
		try (CorpusStore store = open(corpus)) {
			assertEquals("Der Bürgermeister von München grüßt die Gäste.\n", store.content("latin1").orElseThrow().getText());
			List<ImportProblem> problems = problemsOf(store, "latin1.txt");
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).message().contains("Latin-1"), problems.get(0).format());
			assertEquals(1, problems.get(0).line());
			assertEquals(6, problems.get(0).column());
		}
	}

	@Test
	void aNamedPipeIsSkippedWithAWarningInsteadOfBlockingTheImport() throws Exception {
		Path corpus = corpus();
		Path fifo = corpus.resolve("pipe.txt");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
		assertEquals(0, mkfifo.waitFor());
		assertTimeoutPreemptively(HANG, () -> {
			try (CorpusStore store = open(corpus)) {
				assertFalse(store.document("pipe").isPresent());
				List<ImportProblem> problems = problemsOf(store, "pipe.txt");
				assertEquals(1, problems.size(), store.problems().toString());
				assertTrue(problems.get(0).message().contains("not a regular file"), problems.get(0).format());
				assertSeedsUsable(store);
			}
		});
	}

	@Test
	void symbolicLinksLeavingTheCorpusFolderAreSkippedWithAWarning() throws IOException {
		Path corpus = corpus();
		Path outside = Files.writeString(temp.resolve("geheim.txt"), "root:x:0:0:root:/root:/bin/bash\n");
		Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
		Files.createSymbolicLink(corpus.resolve("geheim.txt"), outside);
		Files.createSymbolicLink(corpus.resolve("relativ.txt"), Path.of("..", "geheim.txt"));
		Files.createSymbolicLink(corpus.resolve("innen.txt"), corpus.resolve(TestCorpora.SEED_001 + ".txt").getFileName());
		try (CorpusStore store = open(corpus)) {
			for (String id : List.of("passwd", "geheim", "relativ")) {
				assertFalse(store.document(id).isPresent(), id);
				List<ImportProblem> problems = problemsOf(store, id + ".txt");
				assertEquals(1, problems.size(), store.problems().toString());
				assertTrue(problems.get(0).message().contains("outside the corpus folder"), problems.get(0).format());
			}
			assertTrue(store.search("root bin bash", Set.of(), 5).isEmpty());
			assertEquals(store.content(TestCorpora.SEED_001).orElseThrow().getText(),
					store.content("innen").orElseThrow().getText(), "a link within the corpus folder is a document");
			assertSeedsUsable(store);
		}
	}

	@Test
	void aFiveMegabyteLineWithoutPunctuationIsImportedInBoundedTime() throws IOException {
		Path corpus = corpus();
		Files.writeString(corpus.resolve("zeile.txt"), "Titel der Meldung\n" + words(new Random(1), 5_000_000, " ") + "\n");
		assertTimeoutPreemptively(HANG, () -> {
			try (CorpusStore store = open(corpus)) {
				Content content = store.content("zeile").orElseThrow();
				int longest = 0;
				for (Paragraph paragraph : content.getParagraphs()) {
					for (Sentence sentence : paragraph.getSentences()) {
						longest = Math.max(longest, sentence.getEnd() - sentence.getStart());
					}
				}
				assertTrue(longest <= 2_000, "overlong sentences are split, longest: " + longest);
				assertSeedsUsable(store);
			}
		});
	}

	@Test
	void aHundredThousandShortLinesAreImportedInBoundedTime() throws IOException {
		Path corpus = corpus();
		Random random = new Random(2);
		StringBuilder text = new StringBuilder();
		for (int line = 0; line < 100_000; line++) {
			text.append(words(random, 12, " ").strip()).append('\n');
		}
		Files.writeString(corpus.resolve("zeilen.txt"), text);
		assertTimeoutPreemptively(HANG, () -> {
			try (CorpusStore store = open(corpus)) {
				assertEquals(100_000, store.content("zeilen").orElseThrow().getParagraphs().size());
				assertSeedsUsable(store);
			}
		});
	}

	@Test
	void aStoreWithAHugeLoadedContentIsClosedInBoundedTime() throws IOException {
		Path corpus = corpus();
		StringBuilder text = new StringBuilder();
		for (int line = 0; line < 200_000; line++) {
			text.append("Es waren ").append(line).append(" Prozent.\n");
		}
		Files.writeString(corpus.resolve("zahlen.txt"), text);
		CorpusStore store = open(corpus);
		Content content = store.content("zahlen").orElseThrow();
		assertTrue(content.getAnnotations().size() >= 200_000, content.getAnnotations().size() + " annotations");
		// EMF's unload found each object's index in its list: minutes for this content
		assertTimeoutPreemptively(Duration.ofSeconds(20), store::close);
	}
}
