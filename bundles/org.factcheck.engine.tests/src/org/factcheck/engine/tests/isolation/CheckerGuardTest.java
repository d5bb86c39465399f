package org.factcheck.engine.tests.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.factcheck.checker.CheckContext.SharedKey;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.isolation.CheckerFailure;
import org.factcheck.engine.isolation.CheckerFailure.Kind;
import org.factcheck.engine.isolation.CheckerGuard;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.registry.PreferenceDeclaration;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;
import org.factcheck.engine.tests.run.InMemoryCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checkers that throw, loop, ignore cancellation or return malformed findings do not spoil a run. */
class CheckerGuardTest {

	private static final Duration BUDGET = Duration.ofMillis(300);

	private final InMemoryCorpus corpus = new InMemoryCorpus().add("a", LocalDate.of(2024, 1, 2), "Der Himmel ist blau.");

	/** Releases the threads of checkers that ignore cancellation once the test is over. */
	private final CountDownLatch testOver = new CountDownLatch(1);

	@AfterEach
	void releaseStuckCheckers() {
		testOver.countDown();
	}

	private final Checker supports = (claim, context) -> List.of(Finding.assessment("supports", Verdict.SUPPORTED, 0.9,
			"a states it", List.of(new Evidence("a", 4, 10, "Himmel"))));

	private static CheckerDescriptor descriptor(String id, Checker checker) {
		return new CheckerDescriptor(id, id, "", CostClass.NORMAL, true, "test", () -> checker);
	}

	private static Claim claim(String name) {
		return new Claim(name, "Der Himmel ist blau.", List.of(Citation.of("a")), Optional.empty());
	}

	private VerificationEngine engine(CheckerDescriptor... checkers) {
		return new VerificationEngine(CheckerRegistry.of(List.of(checkers)),
				new CheckerGuard(BUDGET, CheckerPreferenceValues.of(Map.of())));
	}

	private ClaimResult verify(VerificationEngine engine, String claimName) {
		return engine.verify(claim(claimName), corpus, CheckerSelection.all(), () -> false);
	}

	private static CheckerFailure onlyFailure(ClaimResult result) {
		assertEquals(1, result.failures().size(), result.failures().toString());
		return result.failures().get(0);
	}

	@Test
	void aThrowingCheckerIsReportedWithClaimAndExceptionAndTheOthersStillDecide() {
		Checker throwing = (claim, context) -> {
			throw new IllegalStateException("lexicon missing");
		};
		ClaimResult result = verify(engine(descriptor("throwing", throwing), descriptor("supports", supports)), "sky");
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		CheckerFailure failure = onlyFailure(result);
		assertEquals(Kind.THREW, failure.kind());
		assertEquals("sky", failure.claimName());
		assertTrue(failure.message().startsWith("checker throwing failed on claim sky: java.lang.IllegalStateException: lexicon missing"),
				failure.message());
	}

	@Test
	void aCheckerThatRunsOutOfTimeIsCancelledItsFindingsDiscardedAndItIsCalledAgainOnTheNextClaim() {
		AtomicInteger calls = new AtomicInteger();
		Checker slowButPolite = (claim, context) -> {
			calls.incrementAndGet();
			while (!context.isCancelled()) {
				Thread.onSpinWait();
			}
			return List.of(Finding.assessment("slow", Verdict.CONFLICTING, 1.0, "half-done", List.of(new Evidence("a", 0, 3, "Der"))));
		};
		VerificationEngine engine = engine(descriptor("slow", slowButPolite), descriptor("supports", supports));
		ClaimResult first = verify(engine, "one");
		assertEquals(Verdict.SUPPORTED, first.verdictValue(), "the cancelled checker's conflict must not count");
		assertEquals(Kind.TIMED_OUT, onlyFailure(first).kind());
		assertTrue(onlyFailure(first).reason().contains("time budget of 0.3 s"), onlyFailure(first).reason());
		assertEquals(Kind.TIMED_OUT, onlyFailure(verify(engine, "two")).kind());
		assertEquals(2, calls.get());
		assertFalse(engine.guard().isAbandoned("slow"));
	}

	@Test
	void aCheckerThatIgnoresCancellationIsAbandonedOnceAndNotCalledAgain() {
		AtomicInteger calls = new AtomicInteger();
		Checker neverReturns = (claim, context) -> {
			calls.incrementAndGet();
			while (testOver.getCount() > 0) {
				try {
					testOver.await();
				} catch (InterruptedException ignored) {
					// a checker that ignores interruption as well
				}
			}
			return List.of();
		};
		VerificationEngine engine = engine(descriptor("stuck", neverReturns), descriptor("supports", supports));
		long started = System.nanoTime();
		ClaimResult first = verify(engine, "one");
		ClaimResult second = verify(engine, "two");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertEquals(Verdict.SUPPORTED, first.verdictValue());
		assertEquals(Kind.ABANDONED, onlyFailure(first).kind());
		assertTrue(onlyFailure(first).reason().contains("ignored cancellation"), onlyFailure(first).reason());
		assertTrue(second.failures().isEmpty(), "reported once, on the claim where it got stuck");
		assertEquals(Verdict.SUPPORTED, second.verdictValue());
		assertEquals(1, calls.get());
		assertTrue(engine.guard().isAbandoned("stuck"));
		assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the run went on after budget and grace: " + took);
	}

	@Test
	void malformedFindingsAreDroppedAndReportedWhileTheCheckersValidFindingsCount() {
		Checker sloppy = (claim, context) -> {
			List<Finding> findings = new ArrayList<>();
			findings.add(Finding.assessment("sloppy", Verdict.CONFLICTING, 0.99, "misquoted evidence",
					List.of(new Evidence("a", 4, 10, "Hummel"))));
			findings.add(Finding.assessment("sloppy", Verdict.SUPPORTED, 0.7, "right evidence",
					List.of(new Evidence("a", 4, 10, "Himmel"))));
			return findings;
		};
		ClaimResult result = verify(engine(descriptor("sloppy", sloppy)), "sky");
		assertEquals(Verdict.SUPPORTED, result.verdictValue(), "the misquoted conflict must not decide");
		CheckerFailure failure = onlyFailure(result);
		assertEquals(Kind.MALFORMED, failure.kind());
		assertTrue(failure.reason().contains("\u201EHummel\u201C is not the text at [4, 10) of a"), failure.reason());
	}

	@Test
	void evidenceBeyondTheDocumentUnknownDocumentsForeignIdsAndNullListsAreMalformed() {
		assertMalformed(List.of(Finding.assessment("m", Verdict.SUPPORTED, 0.9, "x", List.of(new Evidence("a", 15, 99, "x")))),
				"lies beyond the end of a");
		assertMalformed(List.of(Finding.assessment("m", Verdict.SUPPORTED, 0.9, "x", List.of(new Evidence("zz", 0, 1, "x")))),
				"unknown document 'zz'");
		assertMalformed(List.of(Finding.assessment("other", Verdict.SUPPORTED, 0.9, "x", List.of())),
				"under the id 'other' instead of its own id");
		assertMalformed(null, "returned null instead of a list");
		List<Finding> withNull = new ArrayList<>();
		withNull.add(null);
		assertMalformed(withNull, "returned a null finding");
	}

	private void assertMalformed(List<Finding> returned, String reason) {
		CheckerFailure failure = onlyFailure(verify(engine(descriptor("m", (claim, context) -> returned)), "c"));
		assertEquals(Kind.MALFORMED, failure.kind());
		assertTrue(failure.reason().contains(reason), failure.reason());
	}

	@Test
	void aCheckerThatCannotBeCreatedIsReportedAsUnavailable() {
		CheckerDescriptor broken = new CheckerDescriptor("broken", "broken", "", CostClass.NORMAL, true, "test", () -> {
			throw new IllegalStateException("checker 'broken' could not be created: ClassNotFoundException");
		});
		ClaimResult result = verify(engine(broken, descriptor("supports", supports)), "sky");
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(Kind.UNAVAILABLE, onlyFailure(result).kind());
		assertTrue(onlyFailure(result).reason().contains("ClassNotFoundException"), onlyFailure(result).reason());
	}

	@Test
	void aCheckerWaitingForASharedValueAnotherCheckerNeverFinishesStopsAtItsBudget() {
		SharedKey<String> analysis = new SharedKey<>("analysis");
		Checker computesForever = (claim, context) -> List.of(Finding.note("forever", Verdict.SUPPORTED, 0.5,
				context.shared(analysis, () -> {
					while (testOver.getCount() > 0) {
						try {
							testOver.await();
						} catch (InterruptedException ignored) {
							// ignores interruption
						}
					}
					return "done";
				}), List.of()));
		Checker waits = (claim, context) -> List.of(Finding.note("waits", Verdict.SUPPORTED, 0.5,
				context.shared(analysis, () -> "mine"), List.of()));
		ClaimResult result = verify(engine(descriptor("forever", computesForever), descriptor("waits", waits),
				descriptor("supports", supports)), "sky");
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(List.of(Kind.ABANDONED, Kind.TIMED_OUT), result.failures().stream().map(CheckerFailure::kind).toList(),
				result.failures().toString());
	}

	@Test
	void checkersSeeTheirDeclaredDefaultsAndTheValuesGivenForTheRun() {
		List<String> seen = new ArrayList<>();
		Checker reads = (claim, context) -> {
			seen.add(context.preferences().get("publishers", "?") + "|" + context.preferences().getList("domains")
					+ "|" + context.preferences().get("unset").isPresent());
			return List.of();
		};
		CheckerDescriptor declared = new CheckerDescriptor("reads", "reads", "", CostClass.NORMAL, true, "test", "1.0.0",
				List.of(new PreferenceDeclaration("publishers", "Publishers", "Blog A", ""),
						new PreferenceDeclaration("domains", "Domains", "", "")),
				() -> reads);
		new VerificationEngine(CheckerRegistry.of(List.of(declared)),
				new CheckerGuard(BUDGET, CheckerPreferenceValues.of(Map.of())))
				.verify(claim("c"), corpus, CheckerSelection.all(), () -> false);
		new VerificationEngine(CheckerRegistry.of(List.of(declared)),
				new CheckerGuard(BUDGET, CheckerPreferenceValues.of(Map.of("reads", Map.of("domains", "x.org,\n y.com")))))
				.verify(claim("c"), corpus, CheckerSelection.all(), () -> false);
		assertEquals(List.of("Blog A|[]|false", "Blog A|[x.org, y.com]|false"), seen);
	}

	@Test
	void aCancelledRunStopsWaitingAndReportsNothing() {
		Checker slow = (claim, context) -> {
			while (!context.isCancelled()) {
				Thread.onSpinWait();
			}
			return List.of();
		};
		VerificationEngine engine = new VerificationEngine(CheckerRegistry.of(List.of(descriptor("slow", slow))),
				new CheckerGuard(Duration.ofSeconds(30), CheckerPreferenceValues.of(Map.of())));
		long cancelAt = System.nanoTime() + Duration.ofMillis(200).toNanos();
		ClaimResult result = engine.verify(claim("c"), corpus, CheckerSelection.all(), () -> System.nanoTime() > cancelAt);
		assertTrue(result.failures().isEmpty(), result.failures().toString());
	}
}
