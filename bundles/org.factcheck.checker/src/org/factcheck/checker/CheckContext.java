package org.factcheck.checker;

import java.util.function.Supplier;

/**
 * What a checker may use while it checks one claim. Valid only during
 * {@link Checker#check(Claim, CheckContext)}; each call gets its own context, so that the engine can
 * cancel one checker's call without disturbing the others.
 *
 * @noimplement The engine supplies the implementation.
 */
public interface CheckContext {

	/** Read access to the corpus: document metadata, document content and sentence search. */
	CorpusAccess corpus();

	/**
	 * True when the user or the engine gave up on this check: the user cancelled the run, or the
	 * checker's time budget for this claim (30 seconds unless configured otherwise) is spent. A
	 * checker that works for more than a moment asks regularly (for example once per document or
	 * sentence) and then returns at once; what it returns after cancellation is discarded. A checker
	 * that ignores cancellation is abandoned and not called again for the rest of the run.
	 */
	boolean isCancelled();

	/**
	 * The preferences of the checker being called (its declared {@code <preference>} keys with the
	 * values the user set).
	 */
	default CheckerPreferences preferences() {
		return CheckerPreferences.none();
	}

	/**
	 * Work shared by the checkers of one claim: returns the value stored under {@code key}, computing
	 * and storing it first if there is none. Use it for analyses several checkers need (for example
	 * the candidate evidence sentences of a claim) so that they are computed once. {@code compute}
	 * runs at most once per key and claim; a checker asking for a value another checker is still
	 * computing waits for it. The value must not be modified after it is stored.
	 *
	 * @throws java.util.concurrent.CancellationException when the check is cancelled while waiting
	 *                                                    for another checker's computation
	 */
	<T> T shared(SharedKey<T> key, Supplier<T> compute);

	/** Identifies a value in {@link CheckContext#shared}; compare by identity, so keep them in constants. */
	final class SharedKey<T> {
		private final String name;

		/** @param name what the value is, for diagnostics, e.g. the analysis class's name */
		public SharedKey(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return name;
		}
	}
}
