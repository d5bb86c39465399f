package org.factcheck.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.factcheck.checker.Claim;
import org.factcheck.checker.CorpusAccess;
import org.factcheck.checker.Finding;
import org.factcheck.engine.isolation.CheckerFailure;
import org.factcheck.engine.isolation.CheckerGuard;
import org.factcheck.engine.isolation.SharedValues;
import org.factcheck.engine.policy.VerdictPolicy;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;

/**
 * Runs the selected checkers on claims and combines their findings with a {@link VerdictPolicy}.
 * The checkers of one claim run one after another (they share work through the context), each
 * call guarded by a {@link CheckerGuard}; claims run in parallel.
 */
public final class VerificationEngine {

	private final CheckerRegistry registry;
	private final CheckerGuard guard;

	/**
	 * An engine with the default time budget, whose checkers see the preferences of the running
	 * platform (workspace, product configuration, declared defaults).
	 */
	public VerificationEngine(CheckerRegistry registry) {
		this(registry, new CheckerGuard(CheckerGuard.DEFAULT_BUDGET, CheckerPreferenceValues.platform(Map.of())));
	}

	public VerificationEngine(CheckerRegistry registry, CheckerGuard guard) {
		this.registry = registry;
		this.guard = guard;
	}

	public CheckerRegistry registry() {
		return registry;
	}

	public CheckerGuard guard() {
		return guard;
	}

	public ClaimResult verify(Claim claim, CorpusAccess corpus, CheckerSelection selection, BooleanSupplier cancelled) {
		SharedValues shared = new SharedValues();
		List<Finding> findings = new ArrayList<>();
		List<CheckerFailure> failures = new ArrayList<>();
		for (CheckerDescriptor descriptor : registry.all()) {
			if (!selection.includes(descriptor) || cancelled.getAsBoolean()) {
				continue;
			}
			CheckerGuard.Outcome outcome = guard.call(descriptor, claim, corpus, shared, cancelled);
			findings.addAll(outcome.findings());
			outcome.failure().ifPresent(failures::add);
		}
		VerdictPolicy policy = new VerdictPolicy(
				document -> corpus.document(document).map(d -> d.getPublished()));
		return new ClaimResult(claim, policy.decide(claim, findings), failures);
	}

	/** Verifies the claims on {@code threads} threads; results are in the order of the claims. */
	public List<ClaimResult> verifyAll(List<Claim> claims, CorpusAccess corpus, CheckerSelection selection, int threads) {
		if (threads <= 1 || claims.size() <= 1) {
			return claims.stream().map(claim -> verify(claim, corpus, selection, () -> false)).toList();
		}
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, claims.size()));
		try {
			List<Future<ClaimResult>> futures = new ArrayList<>();
			for (Claim claim : claims) {
				futures.add(executor.submit(() -> verify(claim, corpus, selection, () -> false)));
			}
			List<ClaimResult> results = new ArrayList<>();
			for (Future<ClaimResult> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("verification interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
		} finally {
			executor.shutdownNow();
		}
	}
}
