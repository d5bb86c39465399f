package org.factcheck.ui.tests.harness;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits in UI tests by running the SWT event loop, so that asynchronous UI work can happen. */
public final class EventLoop {

	private EventLoop() {
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code timeout}. */
	public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop for {@code duration}: lets delayed work (post selections, repaints) happen. */
	public static void run(Duration duration) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets the UI settle: runs the event loop for half a second, then processes what is pending. */
	public static void settle() {
		run(Duration.ofMillis(500));
		flush();
	}

	/** Processes every pending UI event. */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}
}
