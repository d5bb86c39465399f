package org.factcheck.engine.claims;

import java.util.function.Supplier;

/**
 * A value made once: on first use, or ahead of it on a background thread while the caller does
 * other serial work. A use while the background thread is making it waits for it; if making it
 * failed there, the use makes it again and fails on its own thread.
 */
public final class AheadOfUse<T> {

	private final Supplier<T> make;
	private T value;
	private boolean started;

	public AheadOfUse(Supplier<T> make) {
		this.make = make;
	}

	/** The value, made now on this thread unless it already is or a background thread is making it. */
	public synchronized T get() {
		if (value == null) {
			value = make.get();
		}
		return value;
	}

	/** Starts making the value on a daemon thread named {@code threadName}, unless it was made or started. */
	public synchronized void startInBackground(String threadName) {
		if (value != null || started) {
			return;
		}
		started = true;
		Thread thread = new Thread(() -> {
			try {
				get();
			} catch (RuntimeException | LinkageError e) {
				// the first use makes it again and reports the failure on its own thread
			}
		}, threadName);
		thread.setDaemon(true);
		thread.start();
	}
}
