package org.factcheck.engine.batch;

import java.util.Optional;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Verdict;

/**
 * A claim with the place it was written and the verdict its author expects, if any.
 */
public record LocatedClaim(Claim claim, ClaimLocation location, Optional<Verdict> expected) {
}
