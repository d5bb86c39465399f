package org.factcheck.checker;

import java.util.List;

/**
 * Examines one claim against the corpus and reports what it found.
 * <p>
 * Contributed through the {@code org.factcheck.checker.checkers} extension point. Implementations
 * must have a public no-argument constructor, must be thread-safe (the engine may check several
 * claims at once) and must not keep state between calls. A checker that has nothing to say about a
 * claim returns an empty list; it never throws for a claim it does not understand.
 */
public interface Checker {

	/**
	 * @return the findings for this claim, each with a verdict and the evidence that decides it;
	 *         never null
	 */
	List<Finding> check(Claim claim, CheckContext context);
}
