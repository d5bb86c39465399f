package org.factcheck.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
		return verifyAll(claims, corpus, selection, threads, () -> false, result -> {
		});
	}

	/**
	 * Verifies the claims on {@code threads} threads, telling {@code verified} about each result as
	 * soon as it is ready (on the thread that verified it), so that a caller can report progress per
	 * claim. Results are in the order of the claims.
	 *
	 * @param cancelled polled before each claim and by the checkers; once it holds, no further claim
	 *                  is started and the call ends with a {@link CancellationException}
	 * @throws CancellationException when {@code cancelled} held before every claim was verified
	 */
	public List<ClaimResult> verifyAll(List<Claim> claims, CorpusAccess corpus, CheckerSelection selection, int threads,
			BooleanSupplier cancelled, Consumer<ClaimResult> verified) {
		if (threads <= 1 || claims.size() <= 1) {
			List<ClaimResult> results = new ArrayList<>(claims.size());
			for (Claim claim : claims) {
				results.add(verifyOne(claim, corpus, selection, cancelled, verified));
			}
			return results;
		}
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, claims.size()));
		try {
			List<Future<ClaimResult>> futures = new ArrayList<>();
			for (Claim claim : claims) {
				futures.add(executor.submit(() -> verifyOne(claim, corpus, selection, cancelled, verified)));
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
			if (e.getCause() instanceof CancellationException cancellation) {
				throw cancellation;
			}
			throw new IllegalStateException("verification failed: " + e.getCause(), e.getCause());
		} finally {
			executor.shutdownNow();
		}
	}

	private ClaimResult verifyOne(Claim claim, CorpusAccess corpus, CheckerSelection selection,
			BooleanSupplier cancelled, Consumer<ClaimResult> verified) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("verification cancelled before claim " + claim.name());
		}
		ClaimResult result = verify(claim, corpus, selection, cancelled);
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("verification cancelled during claim " + claim.name());
		}
		verified.accept(result);
		return result;
	}
}
