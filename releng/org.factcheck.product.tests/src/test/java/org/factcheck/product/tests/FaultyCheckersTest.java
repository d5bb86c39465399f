package org.factcheck.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A checker that throws and one that never returns, each a single jar dropped into the product's
 * dropins/ folder: both are picked up at the next start, and a verification run still completes
 * with the other checkers' verdicts and reports each faulty checker once, with claim and reason.
 */
class FaultyCheckersTest {

	@TempDir
	Path temp;

	@Test
	void aThrowingAndANeverReturningCheckerDoNotSpoilTheRun() throws Exception {
		Product product = Product.copyInto(temp);
		Path dropins = Files.createDirectories(product.home().resolve("dropins"));
		Path jars = Files.createDirectories(temp.resolve("jars"));
		Files.copy(CheckerJar.build(jars, product.home(), "com.example.throwing", "ThrowingChecker",
				"throw new IllegalStateException(\"the house-rules list is missing\");"),
				dropins.resolve("com.example.throwing_1.0.0.jar"));
		Files.copy(CheckerJar.build(jars, product.home(), "com.example.stuck", "StuckChecker", """
				while (true) {
					try {
						Thread.sleep(1000);
					} catch (InterruptedException ignored) {
						// ignores cancellation and interruption alike
					}
				}"""), dropins.resolve("com.example.stuck_1.0.0.jar"));

		Product.Run listed = product.run("checkers", "--json");
		assertEquals(0, listed.exit(), listed.toString());
		for (String id : new String[] { "com.example.throwing", "com.example.stuck" }) {
			JsonNode checker = StreamSupport.stream(listed.json().spliterator(), false).filter(c -> c.get("id").asText().equals(id))
					.findFirst().orElseThrow(() -> new AssertionError(id + " was not picked up from dropins/: " + listed.out()));
			assertEquals("dropins", checker.get("feature").asText(), checker.toString());
			assertEquals("1.0.0", checker.get("version").asText());
		}

		long started = System.nanoTime();
		Product.Run run = product.verifyJson("--time-budget", "5", Product.ROOT.resolve("examples/seeds/verdicts.claims").toString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertEquals(3, run.exit(), run.toString());
		JsonNode report = run.json();
		assertTrue(report.get("claims").size() > 3, run.out());
		long supported = StreamSupport.stream(report.get("claims").spliterator(), false)
				.filter(c -> c.get("verdict").asText().equals("supported")).count();
		assertTrue(supported > 0, "the other checkers still decide: " + run.out());
		JsonNode problems = report.get("problems");
		assertEquals(2, problems.size(), problems.toString());
		JsonNode threw = problem(problems, "com.example.throwing");
		assertEquals("threw", threw.get("failure").asText());
		assertEquals(report.get("claims").size(), threw.get("claims").asInt(), "it failed on every claim, reported once");
		assertTrue(threw.get("message").asText().contains("java.lang.IllegalStateException: the house-rules list is missing"),
				threw.toString());
		assertEquals(report.get("claims").get(0).get("name").asText(), threw.get("claim").asText());
		assertTrue(threw.get("line").asInt() > 0);
		JsonNode stuck = problem(problems, "com.example.stuck");
		assertEquals("abandoned", stuck.get("failure").asText());
		assertTrue(stuck.get("claims").asInt() <= Runtime.getRuntime().availableProcessors(),
				"abandoned on the claims checked at the same time, then no more: " + stuck);
		assertTrue(stuck.get("message").asText().contains("time budget of 5 s and it ignored cancellation"), stuck.toString());
		assertEquals(2, run.err().lines().filter(line -> line.contains(": error: checker com.example.")).count(), run.err());
		assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the run went on without the stuck checker: " + took);
	}

	private static JsonNode problem(JsonNode problems, String checker) {
		return StreamSupport.stream(problems.spliterator(), false)
				.filter(p -> p.has("checker") && p.get("checker").asText().equals(checker)).findFirst()
				.orElseThrow(() -> new AssertionError("no problem reported for " + checker + ": " + problems));
	}
}
