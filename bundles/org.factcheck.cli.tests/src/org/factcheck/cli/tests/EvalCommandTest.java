package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code factcheck eval} on small labelled sets against the seed corpus. */
class EvalCommandTest {

	@TempDir
	Path temp;

	private Path labelled(String... lines) throws IOException {
		Path file = temp.resolve("gold.jsonl");
		Files.write(file, java.util.List.of(lines));
		return file;
	}

	private static final String SUPPORTED = "{\"id\":\"a\",\"gold\":\"supported\",\"cat\":\"number\",\"cites\":[{\"doc\":\"003_5631f6e596cc8e95\"}],"
			+ "\"text\":\"Laut südkoreanischem Geheimdienst wurden 3.000 nordkoreanische Soldaten nach Russland entsandt.\"}";
	private static final String CONFLICTING = "{\"id\":\"b\",\"gold\":\"conflicting\",\"cat\":\"number\",\"cites\":[{\"doc\":\"000_8c535eb6db9358b5\"}],"
			+ "\"text\":\"In Südkorea sind 18.500 US-Soldaten stationiert.\"}";
	private static final String WRONG_LABEL = "{\"id\":\"c\",\"gold\":\"unsourced\",\"cat\":\"quote\",\"cites\":[{\"doc\":\"004_cf013e87bb0c4974\","
			+ "\"quote\":\"Jedes Land muss seine eigene Entscheidung darüber treffen\"}],\"text\":\"Miller sagte, jedes Land müsse selbst entscheiden.\"}";

	@Test
	void reportsAccuracyConfusionCategoriesAndMisses() throws IOException {
		Path gold = labelled(SUPPORTED, CONFLICTING, WRONG_LABEL);
		CommandRun run = CommandRun.of("eval", gold.toString(), "--corpus", CommandRun.seedCorpus().toString(),
				"--index", temp.resolve("index").toString(), "--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonNode report = run.json();
		assertEquals(3, report.get("total").asInt());
		assertEquals(2, report.get("correct").asInt());
		assertEquals(0.667, report.get("accuracy").asDouble(), 0.001);
		assertEquals(1, report.get("confusion").get("unsourced").get("supported").asInt());
		assertEquals(2, report.get("categories").get("number").get("correct").asInt());
		assertEquals(0, report.get("categories").get("quote").get("correct").asInt());
		JsonNode miss = report.get("misses").get(0);
		assertEquals("c", miss.get("id").asText());
		assertEquals(3, miss.get("line").asInt());
		assertTrue(miss.get("findings").size() > 0);
		JsonNode results = report.get("results");
		assertEquals(3, results.size());
		assertEquals("a", results.get(0).get("id").asText());
		assertEquals("supported", results.get(0).get("gold").asText());
		assertTrue(results.get(0).get("findings").size() > 0, results.toString());
		JsonNode deciding = report.get("calibration").get("deciding");
		int counted = 0;
		for (JsonNode bin : deciding.get("bins")) {
			counted += bin.get("count").asInt();
			assertTrue(bin.get("accuracy").asDouble() >= 0 && bin.get("accuracy").asDouble() <= 1, bin.toString());
		}
		assertEquals(deciding.get("count").asInt(), counted);
		assertEquals(3, counted, "all three claims are decided");
	}

	@Test
	void textReportAndAccuracyGuard() throws IOException {
		Path gold = labelled(SUPPORTED, WRONG_LABEL);
		CommandRun run = CommandRun.of("eval", gold.toString(), "--corpus", CommandRun.seedCorpus().toString(),
				"--index", temp.resolve("index").toString(), "--min-accuracy", "0.9");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Accuracy  0.500 (1/2)"), run.out());
		assertTrue(run.out().contains("Misses (1)"), run.out());
		assertTrue(run.out().contains("Calibration of the deciding findings"), run.out());
		assertTrue(run.out().contains("expected calibration error"), run.out());
		assertTrue(run.out().contains("gold.jsonl:2: c [quote] gold unsourced, got supported"), run.out());
	}

	@Test
	void malformedLinesAndUnknownDocumentsAreReportedAndSkipped() throws IOException {
		Path gold = labelled(SUPPORTED, "{\"id\": \"x\", \"text\": ", "{\"id\":\"y\",\"gold\":\"maybe\",\"text\":\"T\"}",
				"{\"id\":\"z\",\"gold\":\"supported\",\"cites\":[{\"doc\":\"nope\"}],\"text\":\"T\"}");
		CommandRun run = CommandRun.of("eval", gold.toString(), "--corpus", CommandRun.seedCorpus().toString(),
				"--index", temp.resolve("index").toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().matches("(?s).*gold\\.jsonl:2:\\d+: malformed JSON.*"), run.err());
		assertTrue(run.err().contains("gold.jsonl:3:1: 'gold' must be supported, conflicting or unsourced"), run.err());
		assertTrue(run.err().contains("gold.jsonl:4:1: claim z cites unknown document 'nope'"), run.err());
		assertTrue(run.out().startsWith("Accuracy  1.000 (1/1)"), run.out());
	}

	@Test
	void corpusIsRequired() throws IOException {
		CommandRun run = CommandRun.of("eval", labelled(SUPPORTED).toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("--corpus DIR is required"), run.err());
	}
}
