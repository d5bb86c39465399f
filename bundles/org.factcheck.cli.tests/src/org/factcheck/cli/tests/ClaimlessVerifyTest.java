package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim file without claims still reports its corpus's problems: the same whether the corpus's
 * cache is opened with its index or brought up to date from the summary of its generation, and a
 * document changed since is read again.
 */
class ClaimlessVerifyTest {

	@TempDir
	Path temp;

	private Path corpus;
	private Path none;
	private Path one;

	@BeforeEach
	void corpusWithProblems() throws IOException, InterruptedException {
		corpus = CommandRun.seedCorpusWithTwoProblems(temp.resolve("corpus"));
		none = Files.writeString(temp.resolve("none.claims"), "corpus \"" + corpus + "\"\n// no claims yet\n",
				StandardCharsets.UTF_8);
		one = Files.writeString(temp.resolve("one.claims"), "corpus \"" + corpus + "\"\n"
				+ "claim troops \"Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt.\"\n",
				StandardCharsets.UTF_8);
		// the files' stamps must be older than the racy window, or every run reads them again
		Thread.sleep(3_500);
	}

	private CommandRun verify(Path file) {
		return CommandRun.of("verify", "--format", "json", "--index", temp.resolve("index").toString(), file.toString());
	}

	@Test
	void everyRunReportsTheCorpusProblems() throws IOException {
		CommandRun first = verify(none);
		assertEquals(2, first.exitCode(), first.toString());
		assertEquals(2, first.json().get("problems").size(), first.toString());
		assertTrue(first.err().contains("kaputt.txt:1:10: not UTF-8"), first.err());
		assertTrue(first.err().contains("entry \"fehlt\" names no document"), first.err());
		CommandRun again = verify(none);
		assertEquals(first, again);
		CommandRun withClaim = verify(one);
		assertEquals(first.json().get("problems"), withClaim.json().get("problems"), withClaim.toString());
		assertEquals(1, withClaim.json().get("claims").size(), withClaim.toString());
		assertEquals(first, verify(none));
	}

	@Test
	void aDocumentChangedSinceIsReadAgain() throws IOException {
		CommandRun first = verify(none);
		assertEquals(2, first.json().get("problems").size(), first.toString());
		Files.writeString(corpus.resolve("kaputt.txt"), "Die Zahl stimmt jetzt.\n", StandardCharsets.UTF_8);
		CommandRun mended = verify(none);
		assertEquals(1, mended.json().get("problems").size(), mended.toString());
		assertTrue(mended.err().contains("entry \"fehlt\" names no document"), mended.err());
		assertEquals(mended, verify(none));
	}
}
