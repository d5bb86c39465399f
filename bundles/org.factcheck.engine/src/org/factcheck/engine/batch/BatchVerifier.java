package org.factcheck.engine.batch;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.checker.Claim;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.run.CheckerSelection;
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

	public List<VerifiedClaim> verify(List<LocatedClaim> claims, CorpusStore corpus) {
		List<Claim> plain = claims.stream().map(LocatedClaim::claim).toList();
		List<ClaimResult> results = engine.verifyAll(plain, new StoreCorpusAccess(corpus), selection, threads);
		List<VerifiedClaim> verified = new ArrayList<>(claims.size());
		for (int i = 0; i < claims.size(); i++) {
			verified.add(new VerifiedClaim(claims.get(i), results.get(i)));
		}
		return verified;
	}
}
