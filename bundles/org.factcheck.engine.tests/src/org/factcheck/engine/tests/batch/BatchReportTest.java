package org.factcheck.engine.tests.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factcheck.checker.Claim;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.CheckerProblem;
import org.factcheck.engine.batch.ClaimLocation;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.isolation.CheckerFailure;
import org.factcheck.engine.isolation.CheckerFailure.Kind;
import org.factcheck.engine.policy.ClaimVerdict;
import org.factcheck.engine.run.ClaimResult;
import org.junit.jupiter.api.Test;

class BatchReportTest {

	private static VerifiedClaim verified(String name, int line, Optional<Verdict> expected, CheckerFailure... failures) {
		Claim claim = new Claim(name, "text", List.of(), Optional.empty());
		ClaimResult result = new ClaimResult(claim,
				new ClaimVerdict(Verdict.UNSOURCED, "nothing", Optional.empty(), List.of()), List.of(failures));
		return new VerifiedClaim(new LocatedClaim(claim, new ClaimLocation(Path.of("c.claims"), line, 1), expected), result);
	}

	private static CheckerFailure threw(String checker, String claim) {
		return new CheckerFailure(checker, claim, Kind.THREW, "java.lang.IllegalStateException: boom");
	}

	@Test
	void eachFailedCheckerIsReportedOnceWithItsFirstClaimAndHowManyMoreItFailedOn() {
		BatchReport report = new BatchReport(List.of(
				verified("one", 1, Optional.empty(), threw("x", "one")),
				verified("two", 4, Optional.empty(), threw("x", "two"), new CheckerFailure("y", "two", Kind.ABANDONED, "stuck")),
				verified("three", 9, Optional.empty(), threw("x", "three"))), List.of());
		List<CheckerProblem> problems = report.checkerProblems();
		assertEquals(List.of("x", "y"), problems.stream().map(CheckerProblem::checkerId).toList());
		assertEquals(1, problems.get(0).claim().location().line());
		assertEquals("checker x failed on claim one: java.lang.IllegalStateException: boom (and on 2 other claims)",
				problems.get(0).message());
		assertEquals("checker y failed on claim two: stuck", problems.get(1).message());
		assertEquals(3, report.exitCode());
	}

	@Test
	void exitCodesOrderCheckerFailureOverBadInputOverUnmetExpectation() {
		VerifiedClaim unmet = verified("u", 1, Optional.of(Verdict.SUPPORTED));
		InputProblem bad = new InputProblem(Path.of("c.claims"), 3, 1, "syntax error");
		assertEquals(1, new BatchReport(List.of(unmet), List.of()).exitCode());
		assertEquals(2, new BatchReport(List.of(unmet), List.of(bad)).exitCode());
		assertEquals(3, new BatchReport(List.of(unmet, verified("f", 5, Optional.empty(), threw("x", "f"))), List.of(bad))
				.exitCode());
		assertEquals(0, new BatchReport(List.of(verified("ok", 1, Optional.of(Verdict.UNSOURCED))), List.of()).exitCode());
	}
}
