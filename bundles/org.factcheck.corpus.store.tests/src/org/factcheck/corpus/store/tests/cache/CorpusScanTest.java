package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.factcheck.corpus.store.cache.CorpusScan;
import org.factcheck.corpus.store.cache.FileStamp;
import org.factcheck.corpus.store.cache.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScanTest {

	@TempDir
	Path corpus;

	@Test
	void theFilesAreListedByIdWithWhetherTheyHoldSeveralDocuments() throws Exception {
		for (String name : List.of("m.txt", "z-dump.jsonl", "b.html", "a.txt", "k10.txt", "k9.txt")) {
			Files.writeString(corpus.resolve(name), "Text.\n");
		}
		Files.writeString(corpus.resolve("manifest.jsonl"), "");
		Files.createDirectory(corpus.resolve("sub.txt"));
		Path real = corpus.toRealPath();
		CorpusScan scan = CorpusScan.of(real);

		assertEquals(List.of("a", "b", "k10", "k9", "m", "z-dump.jsonl"), new TreeSet<>(scan.files().keySet()).stream().toList());
		SourceFile dump = scan.files().get("z-dump.jsonl");
		assertTrue(dump.several());
		assertEquals("z-dump.jsonl", dump.name());
		assertFalse(scan.files().get("a").several());
		assertEquals(6, scan.files().get("a").stamp().size());
		assertTrue(scan.problems().isEmpty(), scan.problems().toString());
	}

	@Test
	void filesDocumentingTheFolderAndHiddenFilesAreNoDocuments() throws Exception {
		for (String name : List.of("README.txt", "license.txt", "Licence-DE.txt", "NOTICE.html", "copying.txt",
				"ChangeLog.txt", ".hidden.txt", "readmenot.txt", "Nachricht.txt", "lizenz.txt", "Regeln.txt", "c.txt")) {
			Files.writeString(corpus.resolve(name), "Text.\n");
		}
		CorpusScan scan = CorpusScan.of(corpus.toRealPath());
		assertEquals(List.of("Nachricht", "Regeln", "c", "lizenz", "readmenot"),
				new TreeSet<>(scan.files().keySet()).stream().toList());
		assertTrue(scan.problems().isEmpty(), scan.problems().toString());
	}

	@Test
	void twoFilesOfOneIdAreOneDocumentAndAProblem() throws Exception {
		Files.writeString(corpus.resolve("a.txt"), "Text.\n");
		Files.writeString(corpus.resolve("a.html"), "<p>Text.</p>\n");
		Files.writeString(corpus.resolve("b.txt"), "Text.\n");
		CorpusScan scan = CorpusScan.of(corpus.toRealPath());
		assertEquals(List.of("a", "b"), new TreeSet<>(scan.files().keySet()).stream().toList());
		assertEquals(1, scan.problems().size(), scan.problems().toString());
		String problem = scan.problems().get(0).toString();
		assertTrue(problem.contains("document id \"a\" also used by a."), problem);
	}

	/**
	 * A folder large enough to have its stamps taken on several threads gives every file with its
	 * own stamp, and the skipped entries' problems in the order the folder lists them, with a
	 * second file of an id after them: as a scan on one thread does.
	 */
	@Test
	void aLargeFolderGivesEveryFileAndItsProblemsInListingOrder() throws Exception {
		int count = 3_000;
		for (int i = 0; i < count; i++) {
			Files.writeString(corpus.resolve("d" + i + ".txt"), "x".repeat(i % 50));
		}
		for (int i = 0; i < count; i += 500) {
			assertEquals(0, new ProcessBuilder("mkfifo", corpus.resolve("pipe" + i + ".txt").toString()).start().waitFor());
			Files.createSymbolicLink(corpus.resolve("out" + i + ".txt"), Path.of("/etc/hostname"));
		}
		Files.writeString(corpus.resolve("d7.html"), "<p>Text.</p>");
		Path real = corpus.toRealPath();
		List<String> skippedInListingOrder = new ArrayList<>();
		try (DirectoryStream<Path> listing = Files.newDirectoryStream(real)) {
			for (Path entry : listing) {
				String name = entry.getFileName().toString();
				if (name.startsWith("pipe") || name.startsWith("out")) {
					skippedInListingOrder.add(name);
				}
			}
		}

		CorpusScan scan = CorpusScan.of(real);

		assertEquals(count, scan.files().size());
		for (int i = 0; i < count; i++) {
			SourceFile file = scan.files().get("d" + i);
			if (i != 7) {
				assertEquals(i % 50, file.stamp().size(), file.name());
			}
			assertEquals(FileStamp.of(file.path()).stamp(), file.stamp(), file.name());
		}
		List<String> problems = scan.problems().stream().map(p -> p.file().getFileName().toString()).toList();
		assertEquals(skippedInListingOrder.size() + 1, problems.size(), scan.problems().toString());
		assertEquals(skippedInListingOrder, problems.subList(0, skippedInListingOrder.size()));
		assertTrue(scan.problems().getLast().message().contains("document id \"d7\" also used by"),
				scan.problems().getLast().toString());
	}

	@Test
	void aStampTellsTheKindOfEntryWithoutFollowingLinks() throws Exception {
		Path file = Files.writeString(corpus.resolve("a.txt"), "Text.\n");
		Path link = Files.createSymbolicLink(corpus.resolve("b.txt"), file);
		Path fifo = corpus.resolve("c.txt");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

		FileStamp.Entry regular = FileStamp.of(file);
		assertEquals(FileStamp.Kind.REGULAR, regular.kind());
		assertEquals(6, regular.stamp().size());
		assertTrue(regular.stamp().changed() > 0 && regular.stamp().inode() > 0);
		assertTrue(regular.stamp().sameAs(FileStamp.of(file).stamp()));
		assertEquals(FileStamp.Kind.LINK, FileStamp.of(link).kind());
		assertEquals(FileStamp.Kind.DIRECTORY, FileStamp.of(corpus).kind());
		assertEquals(FileStamp.Kind.OTHER, FileStamp.of(fifo).kind());
	}
}
