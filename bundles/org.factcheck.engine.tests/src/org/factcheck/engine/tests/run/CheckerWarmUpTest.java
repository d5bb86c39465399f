package org.factcheck.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.factcheck.checker.Checker;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.SentenceQuery;
import org.factcheck.engine.isolation.CheckerGuard;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.CheckerWarmUp;
import org.factcheck.engine.run.VerificationEngine;
import org.junit.jupiter.api.Test;

/** The checkers are prepared in the background on a made-up claim that reads no document. */
class CheckerWarmUpTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final Map<String, String> seen = new ConcurrentHashMap<>();

	/** Records what the checker was given: the claim's text, the corpus's documents and search hits. */
	private Checker recording(String id) {
		return (claim, context) -> {
			seen.put(id, claim.text().isBlank() + "/" + context.corpus().corpus().getDocuments().size() + "/"
					+ context.corpus().search(new SentenceQuery(claim.text(), Set.of(), 10)).size() + "/"
					+ context.corpus().content("any").isPresent() + "/" + Thread.currentThread().getName());
			return List.of();
		};
	}

	private static VerificationEngine engine(CheckerDescriptor... checkers) {
		return new VerificationEngine(CheckerRegistry.of(List.of(checkers)),
				new CheckerGuard(CheckerGuard.DEFAULT_BUDGET, CheckerPreferenceValues.of(Map.of())));
	}

	private static CheckerDescriptor descriptor(String id, CostClass cost, Checker checker) {
		return new CheckerDescriptor(id, id, "", cost, true, "test", () -> checker);
	}

	@Test
	void everySelectedCheckerChecksOneClaimAgainstACorpusWithoutDocuments() throws InterruptedException {
		VerificationEngine engine = engine(descriptor("cheap", CostClass.FAST, recording("cheap")),
				descriptor("normal", CostClass.NORMAL, recording("normal")),
				descriptor("expensive", CostClass.EXPENSIVE, recording("expensive")));
		try (CheckerWarmUp warmUp = CheckerWarmUp.start(engine, CheckerSelection.upTo(CostClass.NORMAL))) {
			assertTrue(warmUp.await(WAIT));
		}
		assertEquals(Set.of("cheap", "normal"), seen.keySet(), "the unselected checker is not prepared");
		seen.values().forEach(what -> assertTrue(what.startsWith("false/0/0/false/factcheck-checker-"), what));
	}

	@Test
	void aCheckerThatFailsEndsTheWarmUpQuietlyAndTheOthersAreStillPrepared() throws InterruptedException {
		Checker throwing = (claim, context) -> {
			throw new IllegalStateException("no model");
		};
		CheckerDescriptor unavailable = new CheckerDescriptor("unavailable", "unavailable", "", CostClass.NORMAL, true,
				"test", () -> {
					throw new NoClassDefFoundError("opennlp/tools/postag/POSModel");
				});
		VerificationEngine engine = engine(descriptor("throwing", CostClass.NORMAL, throwing), unavailable,
				descriptor("after", CostClass.NORMAL, recording("after")));
		try (CheckerWarmUp warmUp = CheckerWarmUp.start(engine, CheckerSelection.all())) {
			assertTrue(warmUp.await(WAIT));
		}
		assertEquals(Set.of("after"), seen.keySet());
	}

	@Test
	void closingCallsNoFurtherCheckerAndDoesNotWait() throws InterruptedException {
		CountDownLatch preparing = new CountDownLatch(1);
		CountDownLatch closed = new CountDownLatch(1);
		Checker slow = (claim, context) -> {
			preparing.countDown();
			try {
				closed.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return List.of();
		};
		VerificationEngine engine = engine(descriptor("slow", CostClass.NORMAL, slow),
				descriptor("next", CostClass.NORMAL, recording("next")));
		CheckerWarmUp warmUp = CheckerWarmUp.start(engine, CheckerSelection.all());
		assertTrue(preparing.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
		warmUp.close();
		closed.countDown();
		assertTrue(warmUp.await(WAIT));
		assertEquals(Set.of(), seen.keySet(), "no checker is called once the warm-up is closed");
	}
}
