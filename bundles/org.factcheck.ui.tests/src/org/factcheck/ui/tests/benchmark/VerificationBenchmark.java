package org.factcheck.ui.tests.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.verification.VerificationWarmUp;
import org.factcheck.ui.tests.harness.TestProjects;
import org.factcheck.ui.tests.harness.Verifications;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of the test runs): the IDE half of
 * releng/benchmarks/ide-verify-benchmark.sh. Verifies the claim file the script names
 * ({@code factcheck.benchmark.claims}) through the workbench's verification job — loading, corpus
 * (from the command line's cache), checkers, results and markers — once in a fresh workbench (after
 * the checkers' warm-up at start, whose time is reported too) and then
 * {@code factcheck.benchmark.runs} times more, and writes the wall times in seconds to
 * {@code factcheck.benchmark.out}.
 */
class VerificationBenchmark {

	@Test
	void verifyTheClaimFileInTheWorkbench() throws Exception {
		String claims = System.getProperty("factcheck.benchmark.claims", "");
		if (claims.isBlank()) {
			throw new AssertionError("no claim file: run releng/benchmarks/ide-verify-benchmark.sh");
		}
		int runs = Integer.getInteger("factcheck.benchmark.runs", 3);
		Path source = Path.of(claims).toAbsolutePath();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
		// Only the measured runs verify: not the creation of the file.
		FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.VERIFY_ON_SAVE, false);
		try {
			project.create(null);
			project.open(null);
			IFile file = project.getFile(source.getFileName().toString());
			file.createLink(org.eclipse.core.runtime.Path.fromOSString(source.toString()), IResource.NONE, null);
			Verifications.awaitIdle();
			List<Double> seconds = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				long started = System.nanoTime();
				Verifications.verify(file);
				seconds.add((System.nanoTime() - started) / 1e9);
			}
			var result = FactcheckUi.getDefault().results().of(file).orElseThrow();
			int claimCount = result.claims().size();
			int expected = Integer.getInteger("factcheck.benchmark.expectedClaims", -1);
			if (expected >= 0) {
				assertEquals(expected, claimCount, "claims verified; problems: " + result.problems());
			}
			StringBuilder report = new StringBuilder();
			report.append("claims ").append(claimCount).append('\n');
			VerificationWarmUp.lastDuration().ifPresent(warmUp -> report.append(String.format(Locale.ROOT,
					"warmup %.2f%n", warmUp.toNanos() / 1e9)));
			report.append(String.format(Locale.ROOT, "first %.2f%n", seconds.get(0)));
			for (double time : seconds.subList(1, seconds.size())) {
				report.append(String.format(Locale.ROOT, "warm %.2f%n", time));
			}
			Path out = Path.of(System.getProperty("factcheck.benchmark.out", "target/benchmark/ide-verify.txt"));
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, report);
		} finally {
			FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.VERIFY_ON_SAVE);
			TestProjects.delete(project);
		}
	}
}
