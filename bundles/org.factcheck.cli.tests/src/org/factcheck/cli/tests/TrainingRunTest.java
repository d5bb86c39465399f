package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.cli.tests.checkers.CountingChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run the launcher records the AOT cache from prepares the checkers even when its claim file
 * holds no claims, and waits for them, so that the cache holds their classes; other runs without
 * claims do not.
 */
class TrainingRunTest {

	private static final String PROPERTY = "factcheck.aot";

	@TempDir
	Path temp;

	@BeforeEach
	@AfterEach
	void reset() {
		System.clearProperty(PROPERTY);
		CountingChecker.reset();
	}

	private CommandRun verifyWithoutClaims() throws IOException {
		Path file = temp.resolve("none.claims");
		Files.writeString(file, "corpus \"" + CommandRun.seedCorpus() + "\"\n// no claims yet\n", StandardCharsets.UTF_8);
		return CommandRun.of("verify", "--index", temp.resolve("index").toString(), "--checkers",
				"org.factcheck.cli.tests.counting", file.toString());
	}

	@Test
	void theTrainingRunPreparesTheCheckersBeforeItEndsThoughItHasNoClaims() throws IOException {
		System.setProperty(PROPERTY, "record");
		CommandRun run = verifyWithoutClaims();
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("0 claims"), run.out());
		assertEquals(1, CountingChecker.calls(), "the checker saw the warm-up's made-up claim");
	}

	@Test
	void anOrdinaryRunWithoutClaimsCallsNoChecker() throws IOException {
		CommandRun run = verifyWithoutClaims();
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(0, CountingChecker.calls());
	}
}
