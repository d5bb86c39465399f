package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code factcheck verify} end to end: claim files in, reports and exit codes out. */
class VerifyCommandTest {

	@TempDir
	Path temp;

	private String index() {
		return temp.resolve("index").toString();
	}

	private Path claimFile(String name, String body) throws IOException {
		Path file = temp.resolve(name);
		Files.writeString(file, "corpus \"" + CommandRun.seedCorpus() + "\"\n\n" + body, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void seedExamplesMeetTheirExpectationsInTheJsonReport() throws IOException {
		Path examples = CommandRun.examples().resolve("seeds/verdicts.claims");
		CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), examples.toString());
		assertEquals(0, run.exitCode(), run.toString());
		JsonNode report = run.json();
		JsonNode claims = report.get("claims");
		assertEquals(8, claims.size());
		Set<String> verdicts = new HashSet<>();
		for (JsonNode claim : claims) {
			assertEquals(claim.get("expected").asText(), claim.get("verdict").asText(), claim.toString());
			assertTrue(claim.get("line").asInt() > 0);
			assertTrue(claim.get("file").asText().endsWith("verdicts.claims"));
			verdicts.add(claim.get("verdict").asText());
			for (JsonNode finding : claim.get("findings")) {
				assertTrue(finding.hasNonNull("checker") && finding.hasNonNull("message"), finding.toString());
				for (JsonNode evidence : finding.get("evidence")) {
					String document = Files.readString(
							CommandRun.seedCorpus().resolve(evidence.get("document").asText() + ".txt"));
					assertEquals(document.substring(evidence.get("start").asInt(), evidence.get("end").asInt()),
							evidence.get("text").asText());
				}
			}
		}
		assertEquals(Set.of("supported", "conflicting", "unsourced"), verdicts);
		JsonNode summary = report.get("summary");
		assertEquals(8, summary.get("supported").asInt() + summary.get("conflicting").asInt()
				+ summary.get("unsourced").asInt());
		assertEquals(0, report.get("problems").size());
	}

	/**
	 * The run's caches (word splits, lexicon readings, thesaurus, the analyses and entities kept
	 * per document) are filled by several claims at once: the report must not depend on it.
	 */
	@Test
	void verifyingOnSeveralThreadsGivesTheSameReportAsOnOne() throws IOException {
		List<String> files = new ArrayList<>();
		for (String set : List.of("seeds-heldout-a", "seeds-heldout-b")) {
			Path gold = CommandRun.examples().resolveSibling("releng/eval/" + set + ".jsonl");
			Path claims = temp.resolve(set + ".claims");
			CommandRun render = CommandRun.of("render", gold.toString(), "--corpus", CommandRun.seedCorpus().toString(),
					"--out", claims.toString());
			assertEquals(0, render.exitCode(), render.toString());
			files.add(claims.toString());
		}
		List<String> parallel = new ArrayList<>(List.of("verify", "--format", "json", "--threads", "4", "--index", index(),
				"--corpus", CommandRun.seedCorpus().toString()));
		parallel.addAll(files);
		List<String> serial = new ArrayList<>(parallel);
		serial.set(serial.indexOf("4"), "1");
		CommandRun onFour = CommandRun.of(parallel.toArray(String[]::new));
		CommandRun onOne = CommandRun.of(serial.toArray(String[]::new));
		assertEquals(60, onFour.json().get("claims").size(), onFour.toString());
		assertEquals(onOne.exitCode(), onFour.exitCode());
		assertEquals(onOne.out(), onFour.out());
	}

	@Test
	void textReportHasOneLinePerClaimAndASummary() throws IOException {
		Path file = claimFile("one.claims", """
				claim troops "Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt."
				    cites "003_5631f6e596cc8e95"
				""");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());
		assertEquals(0, run.exitCode(), run.toString());
		String[] lines = run.out().strip().split("\n");
		assertEquals(2, lines.length, run.out());
		assertTrue(lines[0].matches(".*one\\.claims:3: troops supported \u2014 .+"), lines[0]);
		assertEquals("1 claim: 1 supported, 0 conflicting, 0 unsourced.", lines[1]);
	}

	@Test
	void badFilesAreReportedWithPositionsWhileValidFilesAreStillVerified() throws IOException {
		Path syntax = claimFile("syntax.claims", """
				claim ok "Südkorea fordert ein Ende der militärischen Zusammenarbeit zwischen Russland und Nordkorea."
				    cites "002_f309d34ae93e6e9e"

				claim broken "Text ohne Ende
				    cites "002_f309d34ae93e6e9e"
				""");
		Path unknown = claimFile("unknown.claims", """
				claim ghost "Putin sprach in Kasan."
				    cites "999_no_such_document"
				""");
		Path good = claimFile("good.claims", """
				claim troops "Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt."
				    cites "003_5631f6e596cc8e95"
				    expect supported
				""");
		CommandRun run = CommandRun.of("verify", "--format", "json", "--index", index(), syntax.toString(),
				unknown.toString(), good.toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().matches("(?s).*syntax\\.claims:6:\\d+: .+"), run.err());
		assertTrue(run.err().contains("unknown.claims:4:11: Unknown document '999_no_such_document'"), run.err());
		JsonNode report = run.json();
		Set<String> checked = new HashSet<>();
		report.get("claims").forEach(claim -> checked.add(claim.get("name").asText()));
		assertEquals(Set.of("ok", "troops"), checked);
		assertEquals(2, report.get("problems").size(), report.get("problems").toString());
	}

	@Test
	void failedExpectationExitsWithOne() throws IOException {
		Path file = claimFile("expect.claims", """
				claim troops "Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt."
				    cites "003_5631f6e596cc8e95"
				    expect unsourced
				""");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("[expected unsourced]"), run.out());
		assertTrue(run.out().contains("1 expectation failed"), run.out());
	}

	@Test
	void corpusOptionOverridesTheCorpusLine() throws IOException {
		Path file = temp.resolve("elsewhere.claims");
		Files.writeString(file, """
				corpus "no/such/folder"
				claim troops "Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt."
				    cites "003_5631f6e596cc8e95"
				""");
		CommandRun run = CommandRun.of("verify", "--corpus", CommandRun.seedCorpus().toString(), "--index", index(),
				file.toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("troops supported"), run.out());
	}

	@Test
	void missingCorpusAndMissingFileAreBadInput() throws IOException {
		Path file = temp.resolve("nocorpus.claims");
		Files.writeString(file, "corpus \"no/such/folder\"\nclaim a \"Text.\"\n");
		CommandRun run = CommandRun.of("verify", "--index", index(), file.toString(),
				temp.resolve("absent.claims").toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("nocorpus.claims:1:8:"), run.err());
		assertTrue(run.err().contains("absent.claims: no such file or folder"), run.err());
		assertFalse(run.out().contains("a supported"), run.out());
	}

	@Test
	void unknownCheckerIsBadInput() {
		CommandRun run = CommandRun.of("verify", "--checkers", "org.example.none", "x.claims");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("unknown checker 'org.example.none'"), run.err());
	}
}
