package org.factcheck.engine.tests.harness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factcheck.checker.Checker;
import org.factcheck.checker.Citation;
import org.factcheck.checker.Claim;
import org.factcheck.checker.CostClass;
import org.factcheck.checker.Finding;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.corpus.StoreCorpusAccess;
import org.factcheck.engine.isolation.CheckerGuard;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
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
	private final Map<String, Map<String, String>> preferences;
	private final VerificationEngine engine;

	private CheckerHarness(List<CheckerDescriptor> checkers, Map<String, Map<String, String>> preferences) {
		this.checkers = List.copyOf(checkers);
		this.preferences = Map.copyOf(preferences);
		this.engine = new VerificationEngine(CheckerRegistry.of(this.checkers),
				new CheckerGuard(CheckerGuard.DEFAULT_BUDGET, CheckerPreferenceValues.of(this.preferences)));
	}

	public static CheckerHarness with(String id, Supplier<Checker> factory) {
		return new CheckerHarness(List.of(), Map.of()).and(id, factory);
	}

	/** This harness with one more checker. */
	public CheckerHarness and(String id, Supplier<Checker> factory) {
		List<CheckerDescriptor> more = new ArrayList<>(checkers);
		more.add(new CheckerDescriptor(id, id, "", CostClass.NORMAL, true, "test", factory));
		return new CheckerHarness(more, preferences);
	}

	/** This harness with a checker's preference set, as the user would set it. */
	public CheckerHarness withPreference(String checkerId, String key, String value) {
		Map<String, Map<String, String>> more = new HashMap<>(preferences);
		Map<String, String> values = new HashMap<>(more.getOrDefault(checkerId, Map.of()));
		values.put(key, value);
		more.put(checkerId, values);
		return new CheckerHarness(checkers, more);
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
