package org.factcheck.engine.tests.harness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.ClaimResult;
import org.factcheck.engine.run.VerificationEngine;

/**
 * Verifies single claims with a chosen set of checkers through the real engine and verdict policy,
 * as the checkers' tests need: {@code CheckerHarness.with(EvidenceChecker.ID, EvidenceChecker::new)
 * .and(DateChecker.ID, DateChecker::new).verify(store, "…", cited)}. Immutable.
 */
public final class CheckerHarness {

	private final List<CheckerDescriptor> checkers;
	private final VerificationEngine engine;

	private CheckerHarness(List<CheckerDescriptor> checkers) {
		this.checkers = List.copyOf(checkers);
		this.engine = new VerificationEngine(CheckerRegistry.of(this.checkers));
	}

	public static CheckerHarness with(String id, Supplier<Checker> factory) {
		return new CheckerHarness(List.of()).and(id, factory);
	}

	/** This harness with one more checker. */
	public CheckerHarness and(String id, Supplier<Checker> factory) {
		List<CheckerDescriptor> more = new ArrayList<>(checkers);
		more.add(new CheckerDescriptor(id, id, "", CostClass.NORMAL, true, "test", factory));
		return new CheckerHarness(more);
	}

	public ClaimResult verify(CorpusStore corpus, String text, String... cited) {
		return verify(corpus, text, null, cited);
	}

	/** @param asOf the claim's asof date, or null */
	public ClaimResult verify(CorpusStore corpus, String text, LocalDate asOf, String... cited) {
		return verify(corpus, new Claim("c", text, List.of(cited).stream().map(Citation::of).toList(),
				Optional.ofNullable(asOf)));
	}

	public ClaimResult verify(CorpusStore corpus, Claim claim) {
		return engine.verify(claim, new StoreCorpusAccess(corpus), CheckerSelection.all(), () -> false);
	}

	/** The finding that decided the verdict; fails the test when nothing decided. */
	public static Finding deciding(ClaimResult result) {
		return result.verdict().deciding().orElseThrow(() -> new AssertionError("nothing decided: " + result));
	}

	/** The findings one checker reported. */
	public static List<Finding> findingsOf(ClaimResult result, String checkerId) {
		return result.findings().stream().filter(f -> f.checkerId().equals(checkerId)).toList();
	}
}
