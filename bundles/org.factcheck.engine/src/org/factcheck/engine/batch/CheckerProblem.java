package org.factcheck.engine.batch;

import org.factcheck.engine.isolation.CheckerFailure;

/**
 * A checker that failed during a run, reported once however many claims it failed on.
 *
 * @param first  its first failure, in the order of the claims
 * @param claim  the claim of the first failure
 * @param claims how many claims it failed on
 */
public record CheckerProblem(CheckerFailure first, LocatedClaim claim, int claims) {

	public String checkerId() {
		return first.checkerId();
	}

	/**
	 * One sentence naming the checker, the claim and the reason, and how many other claims it
	 * failed on.
	 */
	public String message() {
		return first.message() + (claims > 1 ? " (and on " + (claims - 1) + (claims == 2 ? " other claim)" : " other claims)") : "");
	}

	/** {@code file:line: error: message}, with the claim's file shown as given. */
	public String format(String shownFile) {
		return shownFile + ":" + claim.location().line() + ": error: " + message();
	}
}
