package org.factcheck.cli.tests.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.factcheck.cli.progress.ProgressLine;
import org.factcheck.cli.progress.TerminalProgress;
import org.factcheck.cli.tests.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines: what they say, when a terminal shows them, and that nothing else does. */
class TerminalProgressTest {

	@TempDir
	Path temp;

	private final StringWriter written = new StringWriter();
	private final AtomicLong now = new AtomicLong();

	private TerminalProgress progress(boolean terminal) {
		return TerminalProgress.on(new PrintWriter(written), terminal, 100, now::get);
	}

	private void at(long millis) {
		now.set(Duration.ofMillis(millis).toNanos());
	}

	@Test
	void theLineTellsDoneTotalRateAndTimeLeft() {
		assertEquals("Importing examples/gnad/corpus: 512/1028 documents (49 %) · 102/s · 0:05 left",
				ProgressLine.format("Importing examples/gnad/corpus", "documents", 512, 1028, Duration.ofSeconds(5), 100));
		assertEquals("Verifying: 3/40 claims (7 %) · 1.5/s · 0:25 left",
				ProgressLine.format("Verifying", "claims", 3, 40, Duration.ofSeconds(2), 100));
		assertEquals("Verifying: 40/40 claims (100 %) · 20/s",
				ProgressLine.format("Verifying", "claims", 40, 40, Duration.ofSeconds(2), 100), "nothing is left at the end");
		assertEquals("Importing: 100/7200 documents (1 %) · 1.0/s · 1:58:20 left",
				ProgressLine.format("Importing", "documents", 100, 7200, Duration.ofSeconds(100), 100));
		String cut = ProgressLine.format("Importing a very long folder name indeed", "documents", 1, 2, Duration.ofSeconds(1), 30);
		assertEquals(29, cut.length(), "one column short of the terminal, so that it never wraps");
		assertTrue(cut.endsWith("…"));
	}

	@Test
	void aTerminalShowsWorkThatLastsLongerThanASecondAndClearsItAtTheEnd() {
		TerminalProgress.Task task = progress(true).start("Verifying", "claims", 10);
		at(500);
		task.update(2);
		assertEquals("", written.toString(), "quick work shows nothing");
		at(1500);
		task.update(3);
		assertEquals("\r\033[KVerifying: 3/10 claims (30 %) · 2.0/s · 0:04 left", written.toString());
		at(1550);
		task.update(4);
		assertFalse(written.toString().contains("4/10"), "at most ten lines a second");
		at(1700);
		task.update(5);
		assertTrue(written.toString().endsWith("\r\033[KVerifying: 5/10 claims (50 %) · 2.9/s · 0:02 left"), written::toString);
		task.finish();
		assertTrue(written.toString().endsWith("left\r\033[K"), "the line is cleared");
	}

	@Test
	void withoutATerminalNothingIsShown() {
		TerminalProgress.Task task = progress(false).start("Verifying", "claims", 10);
		at(5000);
		task.update(5);
		task.finish();
		assertEquals("", written.toString());
	}

	@Test
	void verifyKeepsStandardErrorFreeOfProgressWhenItIsNoTerminal() throws Exception {
		CommandRun run = CommandRun.of("verify", "--index", temp.resolve("index").toString(),
				CommandRun.examples().resolve("seeds/verdicts.claims").toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertFalse(run.err().contains("\r") || run.err().contains("Importing") || run.err().contains("Verifying"), run.err());
	}
}
