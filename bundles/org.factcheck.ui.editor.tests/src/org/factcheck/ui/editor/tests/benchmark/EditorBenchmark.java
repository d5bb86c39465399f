package org.factcheck.ui.editor.tests.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.factcheck.claims.conversion.StringLiteral;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.layout.CitationLayout;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.editor.tests.harness.ClaimEditorDriver;
import org.factcheck.ui.editor.tests.harness.ClaimFileFixture;
import org.factcheck.ui.editor.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.EventLoop;
import org.junit.jupiter.api.Test;

/**
 * The claim editor on a file of 2,000 claims citing the 1,028 real news articles of
 * {@code examples/gnad}: the time to open it, and for 100 single keystrokes at random claims the
 * time until the editor shows the updated highlighting and problem annotations (every other
 * keystroke makes a cited id unknown, the next one makes it right again, so every keystroke changes
 * the annotations), and how long each keystroke keeps the UI thread busy. Not a test: run by
 * {@code releng/benchmarks/editor-benchmark.sh}, which prints the figures.
 */
class EditorBenchmark {

	private static final int CLAIMS = 2_000;
	private static final int EDITS = 100;

	@Test
	void typingInA2000ClaimFile() throws Exception {
		Path corpus = SeedProject.examples().resolve("gnad/corpus");
		List<String> ids;
		try (Stream<Path> files = Files.list(corpus)) {
			ids = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt"))
					.filter(name -> name.startsWith("gnad-")).map(name -> name.substring(0, name.length() - 4)).sorted()
					.toList();
		}
		String text = claims(corpus, ids);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("claims-2000.claims");
		// Creating the file is not a save to verify: the benchmark times the editor alone.
		ClaimFileFixture.verifyOnSave(false);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

		long corpusStart = System.nanoTime();
		((StoreCorpusProvider) FactcheckUi.getDefault().claimsInjector().getInstance(CorpusProvider.class))
				.resolve(corpus, Optional.empty());
		double corpusSeconds = (System.nanoTime() - corpusStart) / 1e9;

		long openStart = System.nanoTime();
		ClaimEditorDriver editor = ClaimEditorDriver.open(file);
		double checkedSeconds = (System.nanoTime() - openStart) / 1e9;
		editor.close();
		openStart = System.nanoTime();
		org.eclipse.ui.IEditorPart part = org.eclipse.ui.ide.IDE.openEditor(ClaimEditorDriver.page(), file);
		double shownSeconds = (System.nanoTime() - openStart) / 1e9;
		ClaimEditorDriver.page().closeEditor(part, false);
		EventLoop.flush();
		openStart = System.nanoTime();
		ClaimEditorDriver typing = ClaimEditorDriver.open(file);
		double reopenCheckedSeconds = (System.nanoTime() - openStart) / 1e9;

		Random random = new Random(42);
		List<Double> latencies = new ArrayList<>();
		List<Double> uiThread = new ArrayList<>();
		List<Double> checkCpu = new ArrayList<>();
		String loadBefore = loadAverage();
		Display display = Display.getCurrent();
		for (int edit = 0; edit < EDITS; edit += 2) {
			List<CitationLayout> citations = typing.awaitCheck().layout().claims()
					.get(random.nextInt(CLAIMS)).citations();
			int inId = citations.get(0).idSpan().end() - 1;
			typing.caret(inId);
			int problemsBefore = typing.problems().size();
			for (boolean insert : new boolean[] { true, false }) {
				int expected = insert ? problemsBefore + 1 : problemsBefore;
				long cpuBefore = workerCpuNanos();
				long start = System.nanoTime();
				if (insert) {
					typing.text().notifyListeners(SWT.KeyDown, key('x', 'x'));
				} else {
					typing.text().notifyListeners(SWT.KeyDown, key(SWT.BS, '\b'));
				}
				uiThread.add((System.nanoTime() - start) / 1e6);
				int at = insert ? inId : inId - 1;
				BooleanSupplier shown = () -> typing.problems().size() == expected && highlighted(typing, at);
				while (!shown.getAsBoolean()) {
					if (!display.readAndDispatch()) {
						Thread.sleep(1);
					}
				}
				latencies.add((System.nanoTime() - start) / 1e6);
				checkCpu.add((workerCpuNanos() - cpuBefore) / 1e6);
			}
		}
		typing.close();
		file.delete(true, null);

		String report = String.format(Locale.ROOT, """
				claim editor benchmark: %d claims citing %d gnad documents, %d bytes
				corpus open (import or cache)          %.2f s
				open, first check shown                %.2f s
				open again, editor shown               %.2f s
				open again, first check shown          %.2f s
				keystroke to highlighting + annotations over %d keystrokes:
				  median %.1f ms   p95 %.1f ms   max %.1f ms
				UI thread busy per keystroke:
				  median %.1f ms   p95 %.1f ms   max %.1f ms
				CPU time of the background check per keystroke (independent of the machine's load):
				  median %.1f ms   p95 %.1f ms
				load average before and after: %s / %s
				""", CLAIMS, ids.size(), text.getBytes(StandardCharsets.UTF_8).length, corpusSeconds, checkedSeconds,
				shownSeconds, reopenCheckedSeconds, latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 100), percentile(uiThread, 50), percentile(uiThread, 95), percentile(uiThread, 100),
				percentile(checkCpu, 50), percentile(checkCpu, 95), loadBefore, loadAverage());
		System.out.println(report);
		Path out = Path.of(System.getProperty("factcheck.screenshots", "target/screenshots")).resolveSibling("benchmark");
		Files.createDirectories(out);
		Files.writeString(out.resolve("editor-benchmark.txt"), report);
	}

	/** Whether the character at {@code offset} is styled as a string: the presentation is up to date there. */
	private static boolean highlighted(ClaimEditorDriver editor, int offset) {
		StyleRange range = editor.text().getStyleRangeAtOffset(offset);
		return range != null && range.foreground != null;
	}

	private static org.eclipse.swt.widgets.Event key(int keyCode, char character) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	private static String claims(Path corpus, List<String> ids) throws IOException {
		StringBuilder text = new StringBuilder("corpus ").append(StringLiteral.quote(corpus.toString())).append("\n\n");
		for (int i = 0; i < CLAIMS; i++) {
			String id = ids.get(i % ids.size());
			String sentence = firstSentence(Files.readString(corpus.resolve(id + ".txt")));
			text.append("// claim ").append(i + 1).append('\n');
			text.append("claim c").append(i + 1).append(' ').append(StringLiteral.quote(sentence)).append('\n');
			text.append("    cites ").append(StringLiteral.quote(id));
			if (i % 4 == 0) {
				String[] words = sentence.split("\\s+");
				text.append(" quote ").append(StringLiteral.quote(String.join(" ", List.of(words).subList(0,
						Math.min(6, words.length)))));
			}
			text.append('\n');
			if (i % 5 == 0) {
				text.append("    asof 2016-0").append(1 + i % 9).append("-15\n");
			}
			text.append("    expect supported\n\n");
		}
		return text.toString();
	}

	private static String firstSentence(String document) {
		String line = document.strip().lines().findFirst().orElse("");
		int end = line.indexOf(". ");
		String sentence = end > 20 ? line.substring(0, end + 1) : line;
		return sentence.length() > 160 ? sentence.substring(0, 160) : sentence;
	}

	/** CPU time used so far by the job workers, which run the editor's checks. */
	private static long workerCpuNanos() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long total = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("Worker-")) {
				total += Math.max(0, threads.getThreadCpuTime(thread.threadId()));
			}
		}
		return total;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "?";
		}
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}
}
