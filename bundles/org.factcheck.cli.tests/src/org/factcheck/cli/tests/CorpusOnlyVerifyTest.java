package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.cli.verify.VerifyCommand;
import org.factcheck.engine.claims.ClaimsLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verify whose claim files hold nothing but their corpus lines never asks for the claim
 * language, and reports exactly what a run that reads the files with the language reports (a
 * training run always reads them so).
 */
class CorpusOnlyVerifyTest {

	private static final String TRAINING = "factcheck.aot";

	@TempDir
	Path temp;

	private Path none;
	private Path alsoNone;
	private Path missing;
	private Path one;

	@BeforeEach
	void corpusWithProblems() throws IOException, InterruptedException {
		Path corpus = CommandRun.seedCorpusWithTwoProblems(temp.resolve("corpus"));
		none = Files.writeString(temp.resolve("none.claims"), "corpus \"" + corpus + "\"\n// no claims yet\n",
				StandardCharsets.UTF_8);
		alsoNone = Files.writeString(Files.createDirectories(temp.resolve("more")).resolve("also.claims"),
				"\uFEFF/* the same corpus */ corpus \"../corpus\"\r\n", StandardCharsets.UTF_8);
		missing = Files.writeString(temp.resolve("missing.claims"), "corpus \"nirgends\"\n", StandardCharsets.UTF_8);
		one = Files.writeString(temp.resolve("one.claims"), "corpus \"corpus\"\n"
				+ "claim troops \"Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt.\"\n",
				StandardCharsets.UTF_8);
		Files.createDirectories(temp.resolve("empty"));
		// the files' stamps must be older than the racy window, or every run reads them again
		Thread.sleep(3_500);
		verify("json", none);
	}

	@BeforeEach
	@AfterEach
	void noTrainingRun() {
		System.clearProperty(TRAINING);
	}

	private CommandRun verify(String format, Path... files) {
		List<String> args = new ArrayList<>(List.of("verify", "--format", format, "--index", temp.resolve("index").toString(),
				"--checkers", "org.factcheck.cli.tests.counting"));
		Stream.of(files).map(Path::toString).forEach(args::add);
		return CommandRun.of(args.toArray(String[]::new));
	}

	/** The run of {@code files} as the claim language loads them. */
	private CommandRun verifyWithTheLanguage(String format, Path... files) {
		System.setProperty(TRAINING, "record");
		try {
			return verify(format, files);
		} finally {
			System.clearProperty(TRAINING);
		}
	}

	@Test
	void aRunOfCorpusOnlyFilesNeverAsksForTheClaimLanguage() throws IOException {
		int before = ClaimsLanguage.requests();
		CommandRun run = verify("json", none, alsoNone);
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals(2, run.json().get("problems").size(), run.toString());
		assertTrue(run.err().contains("kaputt.txt:1:10: not UTF-8"), run.err());
		assertEquals(before, ClaimsLanguage.requests(), "asked for the claim language");
		CommandRun withClaim = verify("json", one);
		assertEquals(1, withClaim.json().get("claims").size(), withClaim.toString());
		assertTrue(ClaimsLanguage.requests() > before, "a file with a claim asks for the claim language");
	}

	@Test
	void theLanguageIsMadeAheadUnlessTheArgumentsNameOnlyCorpusOnlyFiles() {
		String index = temp.resolve("index").toString();
		assertFalse(VerifyCommand.needsClaimLanguage(new String[] { "verify", "--index", index, none.toString(),
				alsoNone.toString() }));
		assertTrue(VerifyCommand.needsClaimLanguage(new String[] { "verify", none.toString(), one.toString() }));
		assertTrue(VerifyCommand.needsClaimLanguage(new String[] { "verify", "--corpus", index, none.toString() }));
		assertTrue(VerifyCommand.needsClaimLanguage(new String[] { "verify", temp.resolve("empty").toString() }));
		System.setProperty(TRAINING, "record");
		assertTrue(VerifyCommand.needsClaimLanguage(new String[] { "verify", none.toString() }));
	}

	@Test
	void itReportsWhatTheClaimLanguageReports() {
		for (String format : List.of("json", "text")) {
			assertEquals(verifyWithTheLanguage(format, none, alsoNone), verify(format, none, alsoNone), format);
			assertEquals(verifyWithTheLanguage(format, alsoNone), verify(format, alsoNone), format);
			assertEquals(verifyWithTheLanguage(format, temp.resolve("empty")), verify(format, temp.resolve("empty")), format);
		}
	}

	@Test
	void aCorpusThatCannotBeUsedIsReportedByTheClaimLanguage() {
		int before = ClaimsLanguage.requests();
		CommandRun run = verify("json", none, missing);
		assertTrue(ClaimsLanguage.requests() > before, "the claim language reports the missing folder");
		assertTrue(run.err().contains("nirgends does not exist"), run.err());
		assertEquals(verifyWithTheLanguage("json", none, missing), run);
	}
}
