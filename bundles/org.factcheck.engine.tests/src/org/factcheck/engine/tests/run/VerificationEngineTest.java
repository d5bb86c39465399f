package org.factcheck.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.factcheck.checker.CheckContext;
import org.factcheck.checker.CheckContext.SharedKey;
import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;
import org.junit.jupiter.api.Test;

class VerificationEngineTest {

	private static final SharedKey<Integer> ANALYSIS = new SharedKey<>("analysis");

	private final InMemoryCorpus corpus = new InMemoryCorpus().add("a", LocalDate.of(2024, 1, 2), "Der Himmel ist blau.");
	private final AtomicInteger analyses = new AtomicInteger();

	private final Checker supportsWhenTextOccurs = (claim, context) -> {
		context.shared(ANALYSIS, analyses::incrementAndGet);
		String text = context.corpus().content("a").orElseThrow().getText();
		int at = text.indexOf(claim.text());
		return at < 0 ? List.of()
				: List.of(Finding.assessment("occurs", Verdict.SUPPORTED, 0.9, "occurs",
						List.of(new Evidence("a", at, at + claim.text().length(), claim.text()))));
	};

	private final Checker usesSharedAnalysis = (claim, context) -> {
		context.shared(ANALYSIS, analyses::incrementAndGet);
		return List.of();
	};

	private static CheckerDescriptor descriptor(String id, CostClass cost, Checker checker) {
		return new CheckerDescriptor(id, id, "", cost, true, "test", () -> checker);
	}

	private static Claim claim(String name, String text) {
		return new Claim(name, text, List.of(Citation.of("a")), Optional.empty());
	}

	@Test
	void combinesFindingsAndSharesWorkBetweenCheckersOfOneClaim() {
		VerificationEngine engine = new VerificationEngine(CheckerRegistry.of(List.of(
				descriptor("occurs", CostClass.FAST, supportsWhenTextOccurs),
				descriptor("shared", CostClass.NORMAL, usesSharedAnalysis))));
		ClaimResult result = engine.verify(claim("sky", "Himmel ist blau"), corpus, CheckerSelection.all(), () -> false);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(4, result.verdict().deciding().orElseThrow().evidence().get(0).start());
		assertEquals(1, analyses.get());
	}

	@Test
	void aFailingCheckerIsReportedAndTheOthersStillRun() {
		Checker failing = (claim, context) -> {
			throw new IllegalStateException("boom");
		};
		VerificationEngine engine = new VerificationEngine(CheckerRegistry.of(List.of(
				descriptor("failing", CostClass.FAST, failing),
				descriptor("occurs", CostClass.FAST, supportsWhenTextOccurs))));
		ClaimResult result = engine.verify(claim("sky", "Himmel"), corpus, CheckerSelection.all(), () -> false);
		assertEquals(Verdict.SUPPORTED, result.verdictValue());
		assertEquals(1, result.errors().size());
		assertTrue(result.errors().get(0).contains("checker failing failed on claim sky"), result.errors().get(0));
	}

	@Test
	void selectionByCostAndId() {
		List<String> ran = new ArrayList<>();
		Checker recording = (claim, context) -> {
			ran.add(claim.name());
			return List.of();
		};
		List<String> order = new ArrayList<>();
		VerificationEngine engine = new VerificationEngine(CheckerRegistry.of(List.of(
				descriptor("fast", CostClass.FAST, (c, x) -> { order.add("fast"); return List.of(); }),
				descriptor("expensive", CostClass.EXPENSIVE, (c, x) -> { order.add("expensive"); return List.of(); }),
				descriptor("recording", CostClass.NORMAL, recording))));
		engine.verify(claim("one", "x"), corpus, CheckerSelection.upTo(CostClass.NORMAL), () -> false);
		assertEquals(List.of("fast"), order);
		assertEquals(List.of("one"), ran);
		order.clear();
		engine.verify(claim("two", "x"), corpus, new CheckerSelection(CostClass.FAST, Set.of("expensive"), Set.of()),
				() -> false);
		assertEquals(List.of("expensive"), order);
		engine.verify(claim("three", "x"), corpus, new CheckerSelection(CostClass.EXPENSIVE, Set.of(), Set.of("recording")),
				() -> false);
		assertEquals(List.of("one"), ran);
	}

	@Test
	void cancelledCheckRunsNoChecker() {
		VerificationEngine engine = new VerificationEngine(
				CheckerRegistry.of(List.of(descriptor("occurs", CostClass.FAST, supportsWhenTextOccurs))));
		ClaimResult result = engine.verify(claim("sky", "Himmel"), corpus, CheckerSelection.all(), () -> true);
		assertEquals(Verdict.UNSOURCED, result.verdictValue());
	}

	@Test
	void parallelVerificationKeepsTheOrderOfTheClaims() {
		VerificationEngine engine = new VerificationEngine(
				CheckerRegistry.of(List.of(descriptor("occurs", CostClass.FAST, supportsWhenTextOccurs))));
		List<Claim> claims = IntStream.range(0, 40)
				.mapToObj(i -> claim("c" + i, i % 2 == 0 ? "Himmel" : "Meer")).toList();
		List<ClaimResult> results = engine.verifyAll(claims, corpus, CheckerSelection.all(), 4);
		for (int i = 0; i < claims.size(); i++) {
			assertEquals("c" + i, results.get(i).claim().name());
			assertEquals(i % 2 == 0 ? Verdict.SUPPORTED : Verdict.UNSOURCED, results.get(i).verdictValue());
		}
	}

	@Test
	void reportsEachClaimAsItIsVerified() {
		VerificationEngine engine = new VerificationEngine(
				CheckerRegistry.of(List.of(descriptor("occurs", CostClass.FAST, supportsWhenTextOccurs))));
		List<Claim> claims = IntStream.range(0, 12).mapToObj(i -> claim("c" + i, "Himmel")).toList();
		Set<String> reported = ConcurrentHashMap.newKeySet();
		List<ClaimResult> results = engine.verifyAll(claims, corpus, CheckerSelection.all(), 3, () -> false,
				result -> reported.add(result.claim().name()));
		assertEquals(12, results.size());
		assertEquals(claims.stream().map(Claim::name).collect(Collectors.toSet()), reported);
	}

	@Test
	void cancellingStopsStartingClaims() {
		AtomicInteger checked = new AtomicInteger();
		Checker counting = (claim, context) -> {
			checked.incrementAndGet();
			return List.of();
		};
		VerificationEngine engine = new VerificationEngine(
				CheckerRegistry.of(List.of(descriptor("counting", CostClass.FAST, counting))));
		List<Claim> claims = IntStream.range(0, 50).mapToObj(i -> claim("c" + i, "Himmel")).toList();
		AtomicInteger reported = new AtomicInteger();
		assertThrows(CancellationException.class, () -> engine.verifyAll(claims, corpus, CheckerSelection.all(), 1,
				() -> reported.get() >= 5, result -> reported.incrementAndGet()));
		assertEquals(5, checked.get());
		assertThrows(CancellationException.class,
				() -> engine.verifyAll(claims, corpus, CheckerSelection.all(), 4, () -> true, result -> {
				}));
	}
}
