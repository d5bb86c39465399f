package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code factcheck render}: labelled claims become a claim file that verifies like the labels say. */
class RenderCommandTest {

	@TempDir
	Path temp;

	@Test
	void renderedFileParsesAndCarriesLabelsQuotesDatesAndOddNames() throws IOException {
		Path gold = temp.resolve("gold.jsonl");
		Files.write(gold, List.of(
				"{\"id\":\"1st claim\",\"gold\":\"supported\",\"cat\":\"quote\",\"cites\":[{\"doc\":\"004_cf013e87bb0c4974\","
						+ "\"quote\":\"Jedes Land muss seine eigene Entscheidung darüber treffen\"}],\"asof\":\"2024-06-21\","
						+ "\"text\":\"Miller sagte: \\\"Jedes Land muss selbst entscheiden\\\" \\\\ sinngemäß.\"}",
				"{\"id\":\"quote\",\"gold\":\"unsourced\",\"cites\":[],\"text\":\"Die EU ernannte einen Sondergesandten.\"}"));
		Path claims = temp.resolve("out/rendered.claims");
		CommandRun render = CommandRun.of("render", gold.toString(), "--corpus", CommandRun.seedCorpus().toString(),
				"--out", claims.toString());
		assertEquals(0, render.exitCode(), render.toString());
		String text = Files.readString(claims);
		assertTrue(text.contains("claim c1st_claim "), text);
		assertTrue(text.contains("claim ^quote "), text);
		assertTrue(text.contains("asof 2024-06-21"), text);
		assertTrue(text.contains("\\\"Jedes Land muss selbst entscheiden\\\" \\\\ sinngemäß"), text);
		assertTrue(text.contains("// 1st claim · quote"), text);

		CommandRun verify = CommandRun.of("verify", "--format", "json", "--index", temp.resolve("index").toString(),
				claims.toString());
		assertTrue(verify.exitCode() <= 1, verify.toString());
		JsonNode report = verify.json();
		assertEquals(2, report.get("claims").size());
		assertEquals("supported", report.get("claims").get(0).get("expected").asText());
		assertEquals("c1st_claim", report.get("claims").get(0).get("name").asText());
		assertEquals("quote", report.get("claims").get(1).get("name").asText());
	}
}
