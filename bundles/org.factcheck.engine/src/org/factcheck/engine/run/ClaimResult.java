package org.factcheck.engine.run;

import java.util.List;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.isolation.CheckerFailure;
import org.factcheck.engine.policy.ClaimVerdict;

/**
 * The outcome of verifying one claim.
 *
 * @param claim    the claim
 * @param verdict  the combined verdict with all findings
 * @param failures checkers that failed on this claim; the verdict rests on the others' findings
 */
public record ClaimResult(Claim claim, ClaimVerdict verdict, List<CheckerFailure> failures) {

	public ClaimResult {
		failures = List.copyOf(failures);
	}

	public Verdict verdictValue() {
		return verdict.verdict();
	}

	public List<Finding> findings() {
		return verdict.findings();
	}

	/** The failures as sentences ({@link CheckerFailure#message()}). */
	public List<String> errors() {
		return failures.stream().map(CheckerFailure::message).toList();
	}
}
