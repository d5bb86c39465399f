package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium run headless on a page: the DOM after the page's scripts ran. On CI (where the
 * environment variable {@code CI} is set) a missing browser fails the test, since {@code .ci/run}
 * installs it; elsewhere the test is skipped with a message saying how to install it.
 */
final class HeadlessChromium {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

	private HeadlessChromium() {
	}

	static Path find() {
		Optional<Path> browser = NAMES.stream().flatMap(name -> pathEntries().map(dir -> dir.resolve(name)))
				.filter(Files::isExecutable).findFirst();
		if (browser.isEmpty()) {
			String message = "Chromium is not installed (apt-get install -y chromium); it renders the HTML report";
			if (System.getenv("CI") != null) {
				fail(message + ". .ci/run installs it: this CI machine lacks it.");
			}
			assumeTrue(false, message);
		}
		return browser.get();
	}

	private static java.util.stream.Stream<Path> pathEntries() {
		String path = System.getenv("PATH");
		return java.util.Arrays.stream((path == null ? "/usr/bin" : path + File.pathSeparator + "/usr/bin").split(File.pathSeparator))
				.filter(entry -> !entry.isBlank()).map(Path::of);
	}

	/** The DOM of {@code page} once its scripts ran, as Chromium serialises it. */
	static String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
		Path profile = Files.createDirectories(scratch.resolve("chromium-profile"));
		Path output = scratch.resolve("dom.html");
		Path errors = scratch.resolve("chromium.log");
		Process chromium = new ProcessBuilder(find().toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
				page.toUri().toString()).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
		if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
			chromium.destroyForcibly();
			fail("Chromium did not finish within 90 s: " + Files.readString(errors));
		}
		assertEquals(0, chromium.exitValue(), () -> "Chromium failed: " + read(errors));
		String dom = Files.readString(output, StandardCharsets.UTF_8);
		assertTrue(!dom.isBlank(), () -> "Chromium printed no DOM: " + read(errors));
		return dom;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
