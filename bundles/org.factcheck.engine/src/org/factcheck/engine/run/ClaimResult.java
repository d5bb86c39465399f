package org.factcheck.engine.run;

import java.util.List;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.policy.ClaimVerdict;

/**
 * The outcome of verifying one claim.
 *
 * @param claim   the claim
 * @param verdict the combined verdict with all findings
 * @param errors  checkers that failed on this claim, one message each; the others still ran
 */
public record ClaimResult(Claim claim, ClaimVerdict verdict, List<String> errors) {

	public ClaimResult {
		errors = List.copyOf(errors);
	}

	public Verdict verdictValue() {
		return verdict.verdict();
	}

	public List<Finding> findings() {
		return verdict.findings();
	}
}
