package org.factcheck.cli.tests.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.factcheck.cli.tests.CommandRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed articles saved as web pages ({@code examples/seeds-html}: site headers, menus, ads,
 * cookie banners, newsletter and comment forms, related links and JSON-LD as real HTML) give every
 * labelled seed claim the same verdict as the plain text articles.
 */
class SeedPagesTest {

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> webPagesGiveTheVerdictsOfTheTextFiles() {
		Path repository = CommandRun.examples().getParent();
		List<Path> sets = List.of(repository.resolve("../shared/eval/dev-claims.jsonl").normalize(),
				repository.resolve("releng/eval/seeds-heldout-a.jsonl"), repository.resolve("releng/eval/seeds-heldout-b.jsonl"));
		return sets.stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> {
			assumeTrue(Files.isRegularFile(set), set + " is not here (the team's development set lies beside the repository)");
			Path claims = temp.resolve(set.getFileName() + ".claims");
			CommandRun render = CommandRun.of("render", set.toString(), "--out", claims.toString());
			assertEquals(0, render.exitCode(), render.toString());
			Map<String, String> text = verdicts(claims, CommandRun.seedCorpus());
			Map<String, String> pages = verdicts(claims, CommandRun.examples().resolve("seeds-html/corpus"));
			assertTrue(text.size() >= 20, "the set is verified: " + text);
			assertEquals(text, pages, "verdicts of " + set.getFileName() + " with text files (left) and web pages (right)");
		}));
	}

	private Map<String, String> verdicts(Path claims, Path corpus) throws IOException {
		CommandRun run = CommandRun.of("verify", "--format", "json", "--corpus", corpus.toString(), "--index",
				temp.resolve("index").toString(), claims.toString());
		assertTrue(run.exitCode() <= 1, run.toString());
		JsonNode report = run.json();
		assertEquals(0, report.get("problems").size(), () -> "no import or input problems with " + corpus + ": " + report.get("problems"));
		Map<String, String> verdicts = new TreeMap<>();
		for (JsonNode claim : report.get("claims")) {
			verdicts.put(claim.get("name").asText(), claim.get("verdict").asText());
		}
		return verdicts;
	}
}
