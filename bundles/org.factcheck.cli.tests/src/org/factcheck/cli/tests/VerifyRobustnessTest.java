package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code factcheck verify} with hostile input and a hostile environment: every claim is checked or
 * reported, nothing hangs, nothing is written half, nothing raw reaches the terminal.
 */
class VerifyRobustnessTest {

	private static final Duration HANG = Duration.ofSeconds(120);

	@TempDir
	Path temp;

	private String index() {
		return temp.resolve("index").toString();
	}

	private Path write(String name, String text) throws IOException {
		Path file = temp.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String seeds() {
		return "corpus \"" + CommandRun.seedCorpus() + "\"\n";
	}

	/** Lines of standard error that report claim {@code name} as not checked. */
	private static List<String> notChecked(CommandRun run, String name) {
		return run.err().lines().filter(line -> line.contains("claim '" + name + "' is not checked")).toList();
	}

	@Test
	void everyClaimOfAFileWithoutCorpusIsReported() throws IOException {
		Path file = write("ohne.claims", """
				claim a "Eins."
				claim b "Zwei."
				    cites "001_f7fa05fd70448d5b"
				""");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());

		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, notChecked(run, "a").size(), run.err());
		assertTrue(notChecked(run, "a").get(0).contains("ohne.claims:1:1: "), run.err());
		assertTrue(run.err().contains("ohne.claims:3:11: No corpus for this file"), run.err());
	}

	@Test
	void everyClaimOfAFileWhoseCorpusIsMissingIsReported() throws IOException {
		Path file = write("fehlt.claims", """
				corpus "gibt/es/nicht"
				claim a "Eins."
				claim b "Zwei."
				""");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());

		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, notChecked(run, "a").size(), run.err());
		assertEquals(1, notChecked(run, "b").size(), run.err());
		assertTrue(notChecked(run, "b").get(0).contains("fehlt.claims:3:1: "), run.err());
	}

	@Test
	void claimsAfterStrayTextAreCheckedAndClaimsInAnUnclosedCommentAreReported() throws IOException {
		Path file = write("streu.claims", seeds() + """
				claim a "Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt."
				*/ @@@
				claim b "Südkorea fordert ein Ende der militärischen Zusammenarbeit zwischen Russland und Nordkorea."
				/* nie geschlossen
				claim c "Drei."
				""");
		CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), file.toString());

		assertEquals(2, run.exitCode(), run.toString());
		JsonNode report = run.json();
		assertEquals(2, report.get("claims").size(), report.toString());
		assertEquals("a", report.get("claims").get(0).get("name").asText());
		assertEquals("b", report.get("claims").get(1).get("name").asText());
		assertTrue(run.err().contains("streu.claims:3:1: Unexpected '*'"), run.err());
		assertTrue(run.err().contains("streu.claims:5:1: A comment '/*' is never closed"), run.err());
		assertEquals(1, notChecked(run, "c").size(), run.err());
		assertTrue(notChecked(run, "c").get(0).contains("streu.claims:6:1: "), run.err());
	}

	@Test
	void aByteOrderMarkDoesNotCostTheFile() throws IOException {
		Path file = temp.resolve("bom.claims");
		Files.write(file, ("\uFEFF" + seeds() + "claim a \"Eins.\"\nclaim b \"Zwei.\"\n").getBytes(StandardCharsets.UTF_8));
		CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), file.toString());

		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(2, run.json().get("claims").size());
	}

	@Test
	void aLatinOneClaimFileIsReadCorrectlyWithAWarning() throws IOException {
		Path file = temp.resolve("latin1.claims");
		Files.write(file, (seeds() + "claim m \"Der Bürgermeister von München grüßt.\"\n").getBytes(StandardCharsets.ISO_8859_1));
		CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), file.toString());

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains("latin1.claims:2:15: warning: not UTF-8"), run.err());
	}

	@Test
	void aNamedPipeIsNeverOpened() throws Exception {
		Path fifo = temp.resolve("pipe.claims");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
		Path good = write("gut.claims", seeds() + "claim a \"Eins.\"\n");
		CommandRun run = assertTimeoutPreemptively(HANG,
				() -> CommandRun.of("verify", "--format", "json", "--index", index(), fifo.toString(), good.toString()));

		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("pipe.claims: not a regular file"), run.err());
		assertEquals(1, run.json().get("claims").size());
	}

	@Test
	void aNamedPipeInAFolderIsSkipped() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("mappe"));
		assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("pipe.claims").toString()).inheritIO().start().waitFor());
		write("mappe/gut.claims", seeds() + "claim a \"Eins.\"\n");
		CommandRun run = assertTimeoutPreemptively(HANG,
				() -> CommandRun.of("verify", "--format", "json", "--index", index(), folder.toString()));

		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(1, run.json().get("claims").size());
	}

	@Test
	void anUnreadableSubfolderIsReportedAndTheFilesBesideItAreChecked() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("mappe"));
		write("mappe/gut.claims", seeds() + "claim a \"Eins.\"\n");
		write("mappe/zu/verboten.claims", seeds() + "claim b \"Zwei.\"\n");
		Files.setPosixFilePermissions(folder.resolve("zu"), PosixFilePermissions.fromString("---------"));
		// Root reads any folder; a folder whose path is longer than the system takes is unreadable for all.
		Path deep = deepFolder(folder.resolve("tief"));
		try {
			CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), folder.toString());

			assertEquals(2, run.exitCode(), run.toString());
			assertFalse(run.err().contains("Exception"), run.err());
			assertTrue(run.err().contains("mappe/tief/"), run.err());
			assertTrue(run.err().contains("cannot read ("), run.err());
			assertEquals("a", run.json().get("claims").get(0).get("name").asText());
		} finally {
			Files.setPosixFilePermissions(folder.resolve("zu"), PosixFilePermissions.fromString("rwx------"));
			new ProcessBuilder("rm", "-rf", deep.toString()).inheritIO().start().waitFor();
		}
	}

	/** A chain of folders whose full path exceeds PATH_MAX (4096), made with relative steps. */
	private static Path deepFolder(Path top) throws Exception {
		Files.createDirectories(top);
		String step = "d".repeat(200);
		Process mkdir = new ProcessBuilder("bash", "-c",
				"cd \"$1\" && for i in $(seq 25); do mkdir " + step + " && cd " + step + " || exit 1; done; echo 'claim x \"X.\"' > tief.claims",
				"deep", top.toString()).inheritIO().start();
		assertEquals(0, mkdir.waitFor());
		return top;
	}

	@Test
	void aReportThatCannotBeWrittenIsExitTwoAndLeavesNoHalfFile() throws IOException {
		Path file = write("gut.claims", seeds() + "claim a \"Eins.\"\n");
		CommandRun full = CommandRun.of("verify", "--format", "json", "--out", "/dev/full", "--index", index(),
				file.toString());
		assertEquals(2, full.exitCode(), full.toString());
		assertTrue(full.err().contains("cannot write the report to /dev/full: No space left on device"), full.err());

		Path report = write("bericht.json", "alter Bericht\n");
		Path blocked = write("datei", "keine Mappe\n");
		CommandRun intoFile = CommandRun.of("verify", "--out", blocked.resolve("bericht.json").toString(), "--index",
				index(), file.toString());
		assertEquals(2, intoFile.exitCode(), intoFile.toString());
		assertTrue(intoFile.err().contains("cannot write the report to"), intoFile.err());

		CommandRun replaced = CommandRun.of("verify", "--format", "json", "--out", report.toString(), "--index", index(),
				file.toString());
		assertEquals(0, replaced.exitCode(), replaced.toString());
		assertTrue(Files.readString(report).contains("\"claims\""));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
		}
	}

	@Test
	void controlCharactersAreShownEscaped() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("korpus"));
		Files.writeString(corpus.resolve("titel.txt"),
				"Die Regierung \u001B]0;GEHACKT\u0007hat am Montag 500 Polizisten \u001B[31meingestellt.\n");
		Path file = write("steuer.claims", "corpus \"korpus\"\n"
				+ "claim a \"Die Regierung hat am Montag 500 Polizisten eingestellt.\" cites \"titel\"\n"
				+ "claim b\u001B[2J \"x\"\n");
		CommandRun run = CommandRun.of("verify", "--evidence", "--index", index(), file.toString());

		String all = run.out() + run.err();
		assertFalse(all.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), all);
		assertTrue(run.err().contains("\\u001B"), run.err());
		assertTrue(run.out().contains("\\u001B]0;GEHACKT\\u0007"), run.out());
	}

	@Test
	void aCacheFolderThatCannotBeCreatedIsAMessageAndExitTwo() throws IOException {
		Path file = write("gut.claims", seeds() + "claim a \"Eins.\"\n");
		Path blocked = write("keine-mappe", "eine Datei\n");
		CommandRun run = CommandRun.of("verify", "--index", blocked.toString(), file.toString());

		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("cannot create the cache folder"), run.err());
		assertEquals(1, notChecked(run, "a").size(), run.err());
	}

	@Test
	void aDamagedCacheIsRebuiltWithAOneLineNotice() throws IOException {
		Path file = write("gut.claims", seeds() + "claim a \"Eins.\"\n");
		assertEquals(0, CommandRun.of("verify", "--index", index(), file.toString()).exitCode());
		try (Stream<Path> files = Files.walk(temp.resolve("index"))) {
			for (Path cacheFile : files.filter(Files::isRegularFile).filter(p -> p.toString().contains("/store/"))
					.filter(p -> !p.getFileName().toString().endsWith("lock")).toList()) {
				Files.write(cacheFile, new byte[] { 0x42 });
			}
		}
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());

		assertEquals(0, run.exitCode(), run.toString());
		List<String> notes = run.err().lines().filter(line -> line.startsWith("factcheck: note: ")).toList();
		assertEquals(1, notes.size(), run.err());
		assertTrue(notes.get(0).contains("was rebuilt because it is damaged"), notes.get(0));
	}

	@Test
	void analysesThatCannotBeKeptAtTheEndOfTheRunAreToldInThatRun() throws IOException {
		Path file = write("gut.claims", seeds() + "claim container \"Nordkorea hat mindestens 10.000 Container nach"
				+ " Russland geliefert.\"\n    cites \"004_cf013e87bb0c4974\"\n");
		assertEquals(0, CommandRun.of("verify", "--index", index(), file.toString()).exitCode());
		Path analyses;
		try (Stream<Path> folders = Files.walk(temp.resolve("index"))) {
			analyses = folders.filter(Files::isDirectory)
					.filter(p -> p.getFileName().toString().equals("sentence-analyses")).findFirst().orElseThrow();
		}
		try (Stream<Path> files = Files.walk(analyses)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		Files.writeString(analyses, "not a folder");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());

		assertEquals(0, run.exitCode(), run.toString());
		List<String> notes = run.err().lines().filter(line -> line.startsWith("factcheck: note: ")).toList();
		assertEquals(List.of("factcheck: note: " + analyses.getParent() + ": cannot keep sentence analyses (not a"
				+ " directory); verification is not affected, only slower"), notes, run.err());
	}
}
