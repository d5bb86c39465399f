package org.factcheck.engine.isolation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.factcheck.checker.CheckContext.SharedKey;

/**
 * The values the checkers of one claim share ({@link org.factcheck.checker.CheckContext#shared}).
 * Each value is computed once, by the first checker that asks; a checker that asks while another
 * computes waits, but stops waiting when its own call is cancelled, so that a checker stuck in a
 * computation cannot hold up the others beyond their time budgets.
 */
public final class SharedValues {

	private static final long POLL_MILLIS = 20;

	private final ConcurrentMap<SharedKey<?>, FutureTask<?>> values = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> T get(SharedKey<T> key, Supplier<T> compute, BooleanSupplier cancelled) {
		FutureTask<T> created = new FutureTask<>(compute::get);
		FutureTask<T> task = (FutureTask<T>) values.putIfAbsent(key, created);
		if (task == null) {
			task = created;
			task.run();
		}
		while (true) {
			try {
				return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				if (cancelled.getAsBoolean()) {
					throw new CancellationException("cancelled while waiting for the shared value " + key);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted while waiting for the shared value " + key);
			} catch (ExecutionException e) {
				throw rethrow(e.getCause());
			}
		}
	}

	private static RuntimeException rethrow(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(cause);
	}
}
