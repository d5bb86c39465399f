package org.factcheck.cli.progress;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

import org.factcheck.corpus.store.ImportProgress;

/**
 * Progress of long work on the terminal's standard error: work that lasts longer than
 * {@link #DELAY} shows a {@link ProgressLine} rewritten in place (at most every
 * {@link #INTERVAL}), which is cleared when the work is done. Standard error that is not a terminal
 * (a pipe, a file, CI logs) shows nothing: the {@code factcheck} script says which it is with the
 * system property {@code factcheck.progress=terminal} and the width with {@code factcheck.columns}.
 */
public final class TerminalProgress {

	public static final Duration DELAY = Duration.ofSeconds(1);
	public static final Duration INTERVAL = Duration.ofMillis(100);

	private final PrintWriter err;
	private final boolean enabled;
	private final int columns;
	private final LongSupplier nanoTime;

	TerminalProgress(PrintWriter err, boolean enabled, int columns, LongSupplier nanoTime) {
		this.err = err;
		this.enabled = enabled;
		this.columns = columns;
		this.nanoTime = nanoTime;
	}

	/** Progress on {@code err} when the system properties say it is a terminal, else none. */
	public static TerminalProgress fromSystem(PrintWriter err) {
		boolean terminal = "terminal".equals(System.getProperty("factcheck.progress"));
		int columns = 80;
		try {
			columns = Integer.parseInt(System.getProperty("factcheck.columns", "80").strip());
		} catch (NumberFormatException e) {
			// keep 80
		}
		return new TerminalProgress(err, terminal, columns, System::nanoTime);
	}

	/**
	 * Progress on {@code err}, enabled or not, with the terminal's width and a clock in nanoseconds
	 * (for tests, and for programs that know their terminal).
	 */
	public static TerminalProgress on(PrintWriter err, boolean enabled, int columns, LongSupplier nanoTime) {
		return new TerminalProgress(err, enabled, columns, nanoTime);
	}

	/** Progress that never shows anything. */
	public static TerminalProgress none(PrintWriter err) {
		return new TerminalProgress(err, false, 80, System::nanoTime);
	}

	public boolean enabled() {
		return enabled;
	}

	/** One piece of work: {@link #update} as it advances, {@link #finish} at its end. Thread-safe. */
	public final class Task implements IntConsumer {
		private final String name;
		private final String unit;
		private final int total;
		private final long started = nanoTime.getAsLong();
		private long shownAt = Long.MIN_VALUE;
		private boolean shown;

		private Task(String name, String unit, int total) {
			this.name = name;
			this.unit = unit;
			this.total = total;
		}

		public synchronized void update(int done) {
			if (!enabled) {
				return;
			}
			long now = nanoTime.getAsLong();
			if (now - started < DELAY.toNanos() || shown && now - shownAt < INTERVAL.toNanos() && done < total) {
				return;
			}
			err.print("\r\033[K" + ProgressLine.format(name, unit, done, total, Duration.ofNanos(now - started), columns));
			err.flush();
			shown = true;
			shownAt = now;
		}

		@Override
		public void accept(int done) {
			update(done);
		}

		/** Counts each thing it is given as one more done (a verified claim, an imported document). */
		public <T> Consumer<T> counter() {
			AtomicInteger done = new AtomicInteger();
			return item -> update(done.incrementAndGet());
		}

		/** Clears the line, if one was shown. */
		public synchronized void finish() {
			if (shown) {
				err.print("\r\033[K");
				err.flush();
				shown = false;
			}
		}
	}

	public Task start(String name, String unit, int total) {
		return new Task(name, unit, total);
	}

	/** Shows the imports of corpora. */
	public ImportProgress imports(Function<Path, String> shown) {
		return new ImportProgress() {
			private volatile Task task;

			@Override
			public void started(Path corpus, int documents) {
				task = start("Importing " + shown.apply(corpus), "documents", documents);
			}

			@Override
			public void imported(int done) {
				Task current = task;
				if (current != null) {
					current.update(done);
				}
			}

			@Override
			public void finished() {
				Task current = task;
				if (current != null) {
					current.finish();
				}
			}
		};
	}
}
