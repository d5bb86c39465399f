package org.factcheck.engine.isolation;

import java.util.Locale;

/**
 * A checker that did not deliver its findings for a claim; the claim was verified with the other
 * checkers' findings.
 *
 * @param checkerId the checker
 * @param claimName the claim it failed on
 * @param kind      how it failed
 * @param reason    what happened, for people: the exception, the time budget, the malformed finding
 */
public record CheckerFailure(String checkerId, String claimName, Kind kind, String reason) {

	/** How a checker call can fail. */
	public enum Kind {
		/** The checker could not be created (class missing, not a checker, constructor failed). */
		UNAVAILABLE,
		/** The call threw. */
		THREW,
		/** The call used up its time budget and returned once cancelled; its findings were discarded. */
		TIMED_OUT,
		/** The call used up its time budget and ignored cancellation: the checker is not called again. */
		ABANDONED,
		/** The call returned findings that break the API's contract; those findings were dropped. */
		MALFORMED;

		public String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}
	}

	/** One sentence: {@code checker X failed on claim Y: reason}. */
	public String message() {
		return "checker " + checkerId + " failed on claim " + claimName + ": " + reason;
	}
}
