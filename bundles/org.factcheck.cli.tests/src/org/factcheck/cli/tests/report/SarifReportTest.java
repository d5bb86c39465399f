package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factcheck.cli.tests.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code verify --format sarif}: valid SARIF 2.1.0 with a result per claim CI should show. */
class SarifReportTest {

	@TempDir
	Path temp;

	private static JsonSchema schema() throws IOException {
		Path file = Path.of(System.getProperty("factcheck.bundle", ".")).resolve("schemas/sarif-2.1.0-rtm.5.json");
		try (InputStream in = Files.newInputStream(file)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
	}

	private JsonNode sarif() throws IOException {
		CommandRun run = ReportRun.verify(temp, "--format", "sarif");
		assertEquals(2, run.exitCode(), run.toString());
		return run.json();
	}

	@Test
	void theReportIsValidAgainstTheSarifSchema() throws IOException {
		JsonNode sarif = sarif();
		Set<ValidationMessage> errors = schema().validate(sarif);
		assertTrue(errors.isEmpty(), () -> "schema violations: " + errors);
		assertEquals("2.1.0", sarif.get("version").asText());
	}

	@Test
	void theSchemaCatchesWhatIsNotSarif() throws IOException {
		JsonNode broken = sarif().deepCopy();
		((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
		assertTrue(!schema().validate(broken).isEmpty(), "a level SARIF does not know is an error");
	}

	@Test
	void unsupportedClaimsFailedExpectationsAndBadInputAreResults() throws IOException {
		JsonNode run = sarif().get("runs").get(0);
		List<String> results = new ArrayList<>();
		for (JsonNode result : run.get("results")) {
			String claim = result.path("properties").path("claim").asText("input");
			results.add(claim + " " + result.get("level").asText() + " " + result.get("ruleId").asText());
		}
		assertEquals(4, results.size(), results::toString);
		assertEquals("us_soldiers error org.factcheck.checkers.numbers", results.get(0));
		assertEquals("eu_envoy warning org.factcheck.engine.unsourced", results.get(1));
		assertTrue(results.get(2).startsWith("soldiers error org.factcheck.checkers."),
				"a supported claim whose expectation fails is an error of the deciding checker: " + results.get(2));
		assertEquals("input error org.factcheck.input", results.get(3));
		assertTrue(run.get("results").get(2).get("message").get("text").asText().endsWith("(expected conflicting)"),
				"a failed expectation says so");
		List<String> rules = new ArrayList<>();
		run.get("tool").get("driver").get("rules").forEach(rule -> rules.add(rule.get("id").asText()));
		for (JsonNode result : run.get("results")) {
			assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()), "ruleIndex points at the rule");
		}
	}

	@Test
	void claimsAreLocatedInTheClaimFileAndEvidenceInTheDocuments() throws IOException {
		JsonNode run = sarif().get("runs").get(0);
		JsonNode conflicting = run.get("results").get(0);
		JsonNode location = conflicting.get("locations").get(0).get("physicalLocation");
		assertTrue(location.get("artifactLocation").get("uri").asText().endsWith("report.claims"));
		assertEquals(7, location.get("region").get("startLine").asInt(), "the line of 'claim us_soldiers'");
		JsonNode related = conflicting.get("relatedLocations");
		assertTrue(related.size() > 0, "the evidence is related");
		JsonNode evidence = related.get(0);
		assertTrue(evidence.get("physicalLocation").get("artifactLocation").get("uri").asText().endsWith("000_8c535eb6db9358b5.txt"));
		JsonNode region = evidence.get("physicalLocation").get("region");
		List<String> lines = Files.readAllLines(CommandRun.seedCorpus().resolve("000_8c535eb6db9358b5.txt"));
		String line = lines.get(region.get("startLine").asInt() - 1);
		assertTrue(line.substring(region.get("startColumn").asInt() - 1).startsWith(region.get("snippet").get("text").asText().lines().findFirst().orElseThrow()),
				"line and column point at the passage in the text file");
		assertTrue(evidence.get("message").get("text").asText().contains("28.500"), evidence.toString());
	}
}
