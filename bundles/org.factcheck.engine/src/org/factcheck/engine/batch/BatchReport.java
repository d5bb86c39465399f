package org.factcheck.engine.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.Verdict;

/**
 * The outcome of verifying a set of claims: every claim that could be checked, and every problem
 * with the input that kept a file, a claim or a document from being checked.
 */
public record BatchReport(List<VerifiedClaim> claims, List<InputProblem> problems) {

	public BatchReport {
		claims = List.copyOf(claims);
		problems = List.copyOf(problems);
	}

	public Map<Verdict, Integer> summary() {
		Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, 0);
		}
		claims.forEach(claim -> counts.merge(claim.result().verdictValue(), 1, Integer::sum));
		return counts;
	}

	public List<VerifiedClaim> unmetExpectations() {
		return claims.stream().filter(claim -> !claim.meetsExpectation()).toList();
	}

	/** 0 when everything was checked and every expectation holds, 1 when one fails, 2 on bad input. */
	public int exitCode() {
		if (!problems.isEmpty()) {
			return 2;
		}
		return unmetExpectations().isEmpty() ? 0 : 1;
	}
}
