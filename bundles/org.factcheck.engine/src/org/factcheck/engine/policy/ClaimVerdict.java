package org.factcheck.engine.policy;

import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;

/**
 * The combined verdict on one claim.
 *
 * @param verdict  the verdict
 * @param reason   one sentence saying why, for one-line reports
 * @param deciding the finding that decided the verdict; empty for an unsourced claim
 * @param findings all findings: the checkers' ones followed by the notes the policy adds (wrong
 *                 citation, sources that disagree)
 */
public record ClaimVerdict(Verdict verdict, String reason, Optional<Finding> deciding, List<Finding> findings) {

	public ClaimVerdict {
		findings = List.copyOf(findings);
	}
}
