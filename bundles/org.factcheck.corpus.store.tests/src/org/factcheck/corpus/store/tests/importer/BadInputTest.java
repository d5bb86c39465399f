package org.factcheck.corpus.store.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

	@TempDir
	Path temp;

	/** Text as UTF-8, and raw bytes written as "0x" followed by comma-separated hex values. */
	private static byte[] bytes(String... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (String part : parts) {
			if (part.startsWith("0x")) {
				for (String hex : part.substring(2).split(",")) {
					out.write(Integer.parseInt(hex, 16));
				}
			} else {
				out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	private List<ImportProblem> problemsOf(CorpusStore store, String fileName) {
		return store.problems().stream().filter(p -> p.file().getFileName().toString().equals(fileName)).toList();
	}

	@Test
	void invalidUtf8IsReplacedAndReportedWithLineAndColumn() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Files.write(corpus.resolve("kaputt.txt"), bytes("Erste Zeile ist in Ordnung – wirklich.\nDie Zahl ", "0xFF,FE", " stimmt nicht.\n"));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			List<ImportProblem> problems = problemsOf(store, "kaputt.txt");
			assertEquals(2, problems.size(), problems.toString());
			assertEquals(2, problems.get(0).line());
			assertEquals(10, problems.get(0).column());
			assertTrue(problems.get(0).message().contains("invalid UTF-8"));
			assertTrue(problems.get(0).format().endsWith("kaputt.txt:2:10: invalid UTF-8 (1 byte) replaced by U+FFFD"),
					problems.get(0).format());
			Content content = store.content("kaputt").orElseThrow();
			assertEquals("Erste Zeile ist in Ordnung – wirklich.\nDie Zahl \uFFFD\uFFFD stimmt nicht.\n", content.getText());
			assertEquals(6, store.corpus().getDocuments().size());
		}
		try (CorpusStore reopened = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			assertEquals(0, reopened.importSummary().imported());
			assertEquals(2, problemsOf(reopened, "kaputt.txt").size(), "problems of cached documents are reported again");
		}
	}

	@Test
	void aByteOrderMarkIsSkipped() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.write(corpus.resolve("bom.txt"), bytes("0xEF,BB,BF", "Wien – Der Nationalrat tagt am 24.10.2024."));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			assertEquals(List.of(), store.problems());
			assertTrue(store.content("bom").orElseThrow().getText().startsWith("Wien"));
		}
	}

	@Test
	void anUnreadableFileIsReportedAndSkipped() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Files.createSymbolicLink(corpus.resolve("verloren.txt"), temp.resolve("does-not-exist.txt"));
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			List<ImportProblem> problems = problemsOf(store, "verloren.txt");
			assertEquals(1, problems.size());
			assertEquals(0, problems.get(0).line());
			assertTrue(problems.get(0).message().contains("cannot read"), problems.get(0).message());
			assertTrue(problems.get(0).message().contains("skipped"));
			assertFalse(store.document("verloren").isPresent());
			assertEquals(5, store.corpus().getDocuments().size());
		}
	}

	@Test
	void aMalformedManifestLineIsReportedAndTheOthersApply() throws IOException {
		Path corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("manifest.jsonl"), String.join("\n",
				"{\"id\": \"" + TestCorpora.SEED_001 + "\", \"title\": \"Ukrainische Delegation in Seoul\", \"publisher\": \"Beispielzeitung\", \"date\": \"2024-11-28\", \"section\": \"International\", \"url\": \"https://example.org/seoul\"}",
				"{\"id\": \"" + TestCorpora.SEED_002 + "\", \"title\": \"kaputt\"",
				"{\"id\": \"" + TestCorpora.SEED_003 + "\", \"publisher\": \"Kettner Edelmetalle\", \"date\": \"24.10.2024\"}",
				"{\"id\": \"gibt-es-nicht\", \"title\": \"Kein Dokument\"}", ""), StandardCharsets.UTF_8);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			List<ImportProblem> problems = problemsOf(store, "manifest.jsonl");
			assertEquals(3, problems.size(), problems.toString());
			ImportProblem malformed = problems.stream().filter(p -> p.line() == 2).findFirst().orElseThrow();
			assertTrue(malformed.column() > 1, malformed.format());
			assertTrue(malformed.message().contains("malformed JSON"));
			ImportProblem date = problems.stream().filter(p -> p.line() == 3).findFirst().orElseThrow();
			assertTrue(date.message().contains("24.10.2024"));
			ImportProblem unknown = problems.stream().filter(p -> p.message().contains("gibt-es-nicht")).findFirst().orElseThrow();
			assertEquals(4, unknown.line());

			var seoul = store.document(TestCorpora.SEED_001).orElseThrow();
			assertEquals("Ukrainische Delegation in Seoul", seoul.getTitle());
			assertEquals("Beispielzeitung", seoul.getPublisher());
			assertEquals(LocalDate.of(2024, 11, 28), seoul.getPublished());
			assertEquals("International", seoul.getSection());
			assertEquals("https://example.org/seoul", seoul.getUrl());

			var kettner = store.document(TestCorpora.SEED_003).orElseThrow();
			assertEquals("Kettner Edelmetalle", kettner.getPublisher());
			assertEquals(LocalDate.of(2024, 10, 24), kettner.getPublished(), "the date line of the text applies");
			assertEquals("Russland und Nordkorea besiegeln strategische Partnerschaft", kettner.getTitle());
			assertEquals(5, store.corpus().getDocuments().size());
		}
	}

	@Test
	void aMissingCorpusFolderIsReported() {
		Path missing = temp.resolve("gibt-es-nicht");
		org.factcheck.corpus.store.CorpusNotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(
				org.factcheck.corpus.store.CorpusNotFoundException.class,
				() -> CorpusStore.open(missing, StoreOptions.withIndex(temp.resolve("cache"))));
		assertEquals(missing, e.directory());
	}
}
