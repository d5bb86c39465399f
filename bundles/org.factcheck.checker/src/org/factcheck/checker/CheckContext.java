package org.factcheck.checker;

import java.util.function.Supplier;

/**
 * What a checker may use while it checks one claim. Valid only during
 * {@link Checker#check(Claim, CheckContext)}.
 */
public interface CheckContext {

	/** Read access to the corpus: document metadata, document content and sentence search. */
	CorpusAccess corpus();

	/** True when the user or the engine gave up on this check; a long-running checker returns early. */
	boolean isCancelled();

	/**
	 * Work shared by the checkers of one claim: returns the value stored under {@code key}, computing
	 * and storing it first if there is none. Use it for analyses several checkers need (for example
	 * the candidate evidence sentences of a claim) so that they are computed once.
	 */
	<T> T shared(SharedKey<T> key, Supplier<T> compute);

	/** Identifies a value in {@link CheckContext#shared}; compare by identity, so keep them in constants. */
	final class SharedKey<T> {
		private final String name;

		public SharedKey(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return name;
		}
	}
}
