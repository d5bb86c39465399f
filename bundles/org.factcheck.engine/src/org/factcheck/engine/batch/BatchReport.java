package org.factcheck.engine.batch;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factcheck.checker.Verdict;
import org.factcheck.engine.isolation.CheckerFailure;

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

	/**
	 * The checkers that failed, each once: with the first claim it failed on (in the order of the
	 * claims) and how many claims it failed on.
	 */
	public List<CheckerProblem> checkerProblems() {
		Map<String, CheckerFailure> first = new LinkedHashMap<>();
		Map<String, LocatedClaim> where = new LinkedHashMap<>();
		Map<String, Integer> count = new LinkedHashMap<>();
		for (VerifiedClaim claim : claims) {
			for (CheckerFailure failure : claim.result().failures()) {
				if (first.putIfAbsent(failure.checkerId(), failure) == null) {
					where.put(failure.checkerId(), claim.source());
				}
				count.merge(failure.checkerId(), 1, Integer::sum);
			}
		}
		return first.values().stream()
				.map(f -> new CheckerProblem(f, where.get(f.checkerId()), count.get(f.checkerId()))).toList();
	}

	/**
	 * 0 when everything was checked and every expectation holds, 1 when one fails, 2 on bad input,
	 * 3 when a checker failed.
	 */
	public int exitCode() {
		if (!checkerProblems().isEmpty()) {
			return 3;
		}
		if (!problems.isEmpty()) {
			return 2;
		}
		return unmetExpectations().isEmpty() ? 0 : 1;
	}
}
