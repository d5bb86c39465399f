package org.factcheck.cli.verify;

import java.time.Duration;

import org.factcheck.engine.run.CheckerWarmUp;

/**
 * Whether this process is the run the launcher records the AOT cache from
 * ({@code -Dfactcheck.aot=record}): later runs of the command load and link only the classes this
 * run loaded. Such a run prepares the checkers even when its claim files hold no claims and waits
 * for them before it ends, so that a first {@code verify} without claims does not leave every later
 * run to load the checkers, their models and lexicons from the jars.
 */
public final class TrainingRun {

	static final String PROPERTY = "factcheck.aot";

	/** Long enough for the checkers' models and lexicons on a loaded machine; the run ends then anyway. */
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

	private TrainingRun() {
	}

	public static boolean active() {
		return "record".equals(System.getProperty(PROPERTY));
	}

	/** In a training run, waits until the checkers are prepared; otherwise returns at once. */
	static void awaitPrepared(CheckerWarmUp warmUp) {
		if (warmUp == null || !active()) {
			return;
		}
		try {
			warmUp.await(LONGEST_WAIT);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
