package org.factcheck.engine.batch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.factcheck.checker.Claim;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.CheckerWarmUp;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;

/** Verifies located claims against one corpus with the selected checkers. */
public final class BatchVerifier {

	private final VerificationEngine engine;
	private final CheckerSelection selection;
	private final int threads;

	public BatchVerifier(VerificationEngine engine, CheckerSelection selection, int threads) {
		this.engine = engine;
		this.selection = selection;
		this.threads = threads;
	}

	/**
	 * Starts preparing this verifier's checkers in the background, for a caller that has serial work
	 * to do before its claims are ready; close the result when the run ends.
	 */
	public CheckerWarmUp warmUp() {
		return CheckerWarmUp.start(engine, selection);
	}

	public List<VerifiedClaim> verify(List<LocatedClaim> claims, CorpusStore corpus) {
		return verify(claims, corpus, () -> false, claim -> {
		});
	}

	/**
	 * Verifies the claims, telling {@code verified} about each one as soon as it is done (on a
	 * worker thread), for progress reports; results are in the order of the claims.
	 *
	 * @throws java.util.concurrent.CancellationException when {@code cancelled} held before every
	 *                                                    claim was verified
	 */
	public List<VerifiedClaim> verify(List<LocatedClaim> claims, CorpusStore corpus, BooleanSupplier cancelled,
			Consumer<VerifiedClaim> verified) {
		Map<Claim, LocatedClaim> located = new IdentityHashMap<>();
		claims.forEach(claim -> located.put(claim.claim(), claim));
		List<Claim> plain = claims.stream().map(LocatedClaim::claim).toList();
		List<ClaimResult> results = engine.verifyAll(plain, new StoreCorpusAccess(corpus), selection, threads, cancelled,
				result -> verified.accept(new VerifiedClaim(located.get(result.claim()), result)));
		List<VerifiedClaim> all = new ArrayList<>(claims.size());
		for (int i = 0; i < claims.size(); i++) {
			all.add(new VerifiedClaim(claims.get(i), results.get(i)));
		}
		return all;
	}
}
