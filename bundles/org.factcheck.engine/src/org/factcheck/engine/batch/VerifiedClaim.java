package org.factcheck.engine.batch;

import org.factcheck.engine.run.ClaimResult;

/** A claim and the outcome of verifying it. */
public record VerifiedClaim(LocatedClaim source, ClaimResult result) {

	/** True when the claim states no expectation or the verdict is the expected one. */
	public boolean meetsExpectation() {
		return source.expected().map(expected -> expected == result.verdictValue()).orElse(true);
	}
}
