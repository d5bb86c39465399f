package org.factcheck.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The guide's promise, docs/writing-a-checker.md: a copy of examples/checker-template builds with
 * one command against the product's p2 repository built in this reactor, installs into the product
 * and runs. The build runs offline against the local Maven repository the reactor filled.
 */
class CheckerTemplateTest {

	private static final Path TEMPLATE = Product.ROOT.resolve("examples/checker-template");
	private static final Path PRODUCT_REPOSITORY = Product.ROOT.resolve("releng/org.factcheck.product/target/repository");
	private static final String ID = "com.example.factcheck.verbatim";

	@TempDir
	Path temp;

	@Test
	void theTemplateBuildsWithOneCommandInstallsAndRuns() throws Exception {
		Path copy = temp.resolve("my-checker");
		copyWithoutBuildOutput(TEMPLATE, copy);
		Path log = temp.resolve("build.log");
		int built = buildTemplate(copy, log);
		assertEquals(0, built, Files.readString(log));
		Path site = copy.resolve("com.example.factcheck.verbatim.site/target/repository");
		assertTrue(Files.isDirectory(site.resolve("plugins")), "no update site built: " + Files.readString(log));

		Product product = Product.copyInto(temp);
		Product.Run install = product.run("install", site.toString());
		assertEquals(0, install.exit(), install.toString());
		JsonNode listed = StreamSupport.stream(product.run("checkers", "--json").json().spliterator(), false)
				.filter(c -> c.get("id").asText().equals(ID)).findFirst().orElseThrow();
		assertTrue(listed.get("feature").asText().startsWith("com.example.factcheck.verbatim.feature 1.0.0."), listed.toString());
		assertEquals("fast", listed.get("cost").asText());
		assertEquals("4", listed.get("preferences").get("minimumWords").asText());

		Product.Run acceptance = product.verifyJson("--checkers", ID, copy.resolve("acceptance").toString());
		assertEquals(0, acceptance.exit(), "the template's acceptance claims hold: " + acceptance);
		JsonNode radwege = acceptance.json().get("claims").get(0);
		assertEquals("supported", radwege.get("verdict").asText());
		JsonNode finding = radwege.get("findings").get(0);
		assertEquals(ID, finding.get("checker").asText());
		assertEquals("Der Stadtrat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz beschlossen.",
				finding.get("evidence").get(0).get("text").asText());

		Path shortClaim = copy.resolve("acceptance/short.claims");
		Product.write(shortClaim, """
				corpus "corpus"
				claim kurz "Neues Radwegenetz beschlossen." cites "stadtrat"
				""");
		assertEquals("unsourced", product.verifyJson("--checkers", ID, shortClaim.toString()).json().get("claims").get(0)
				.get("verdict").asText(), "three words are fewer than the preference's default of four");
		assertEquals("supported", product.verifyJson("--checkers", ID, "--preference", ID + "/minimumWords=3",
				shortClaim.toString()).json().get("claims").get(0).get("verdict").asText());
	}

	/**
	 * The guide's command, {@code ./mvnw verify -Dfactcheck.repository=…}, offline: the tracking
	 * file name lets Maven use what the reactor downloaded, whichever repository id it came through.
	 */
	private static int buildTemplate(Path copy, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", "mvnw", "-B", "-q", "-o",
				"-Daether.enhancedLocalRepository.trackingFilename=.factcheck-template-test", "verify",
				"-Dfactcheck.repository=" + PRODUCT_REPOSITORY.toUri()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the template build did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
		}
		return process.exitValue();
	}

	private static void copyWithoutBuildOutput(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path relative = from.relativize(file);
				if (relative.toString().startsWith("target") || relative.toString().contains("/target")) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		to.resolve("mvnw").toFile().setExecutable(true);
	}
}
