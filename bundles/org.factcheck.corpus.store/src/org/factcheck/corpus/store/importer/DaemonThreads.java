package org.factcheck.corpus.store.importer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Work of an import or a scan run on a daemon thread of its own (on 2 cores a shared pool's
 * caller would often do the work itself), and its result taken back with what it threw unwrapped.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/** An executor that starts each task on a new daemon thread named {@code name}. */
	public static Executor named(String name) {
		return task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			thread.start();
		};
	}

	/** The result of {@code future}; what it threw is thrown here as it was. */
	public static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}
}
