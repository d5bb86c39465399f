package org.factcheck.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A checker that fails on every claim (contributed disabled by this test bundle) is reported once,
 * with the first claim and the reason, while the other checkers' verdicts stand: exit status 3.
 */
class CheckerFailuresTest {

	private static final String FAILING = "org.factcheck.cli.tests.failing";

	@TempDir
	Path temp;

	private String[] verify(String... options) {
		String[] head = { "verify", "--index", temp.resolve("index").toString(), "--checkers",
				"org.factcheck.checkers.evidence,org.factcheck.checkers.numbers," + FAILING };
		String[] all = new String[head.length + options.length + 1];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(options, 0, all, head.length, options.length);
		all[all.length - 1] = CommandRun.examples().resolve("seeds/verdicts.claims").toString();
		return all;
	}

	@Test
	void aFailingCheckerIsOneProblemInTheJsonReportAndTheVerdictsStand() throws IOException {
		CommandRun run = CommandRun.of(verify("--format", "json"));
		assertEquals(3, run.exitCode(), run.toString());
		JsonNode report = run.json();
		JsonNode problems = report.get("problems");
		assertEquals(1, problems.size(), problems.toString());
		JsonNode problem = problems.get(0);
		assertEquals(FAILING, problem.get("checker").asText());
		assertEquals("containers", problem.get("claim").asText());
		assertEquals("threw", problem.get("failure").asText());
		assertEquals(report.get("claims").size(), problem.get("claims").asInt());
		assertTrue(problem.get("file").asText().endsWith("verdicts.claims"));
		assertEquals(6, problem.get("line").asInt());
		assertTrue(problem.get("message").asText().startsWith("checker " + FAILING
				+ " failed on claim containers: java.lang.IllegalStateException: the house-rules list is missing"),
				problem.toString());
		assertEquals("supported", report.get("claims").get(0).get("verdict").asText());
		assertTrue(report.get("claims").get(0).get("errors").get(0).asText().contains(FAILING));
	}

	@Test
	void theTextReportCountsItAndStandardErrorNamesItOnceWithFileAndLine() {
		CommandRun run = CommandRun.of(verify());
		assertEquals(3, run.exitCode(), run.toString());
		assertTrue(run.out().strip().endsWith("; 1 checker failed."), run.out());
		assertEquals(1, run.err().lines().filter(line -> line.contains(FAILING)).count(), run.err());
		assertTrue(run.err().contains("verdicts.claims:6: error: checker " + FAILING + " failed on claim containers: "),
				run.err());
		assertTrue(run.err().contains("(and on 7 other claims)"), run.err());
	}

	@Test
	void badTimeBudgetsAndPreferencesAreRefused() {
		CommandRun zero = CommandRun.of(verify("--time-budget", "0"));
		assertEquals(2, zero.exitCode(), zero.toString());
		assertTrue(zero.err().contains("--time-budget must be a positive number of seconds"), zero.err());
		CommandRun malformed = CommandRun.of(verify("--preference", "houseRules=x"));
		assertEquals(2, malformed.exitCode());
		assertTrue(malformed.err().contains("is not of the form CHECKER_ID/KEY=VALUE"), malformed.err());
		CommandRun unknown = CommandRun.of(verify("--preference", "org.example.none/houseRules=x"));
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown checker 'org.example.none'"), unknown.err());
	}

	@Test
	void checkersListsADisabledCheckerWithItsPreference() throws IOException {
		CommandRun run = CommandRun.of("checkers", "--json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonNode failing = null;
		for (JsonNode checker : run.json()) {
			if (checker.get("id").asText().equals(FAILING)) {
				failing = checker;
			}
		}
		assertTrue(failing != null, run.out());
		assertEquals(false, failing.get("enabled").asBoolean());
		assertEquals("org.factcheck.cli.tests", failing.get("bundle").asText());
		assertEquals("none", failing.get("preferences").get("houseRules").asText());
		assertTrue(CommandRun.of("checkers").out().contains(FAILING + " 0.1.0."), "text listing with version");
	}
}
