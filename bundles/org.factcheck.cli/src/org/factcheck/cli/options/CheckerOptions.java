package org.factcheck.cli.options;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.checker.CostClass;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.isolation.CheckerGuard;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerPreferenceValues;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;
import org.factcheck.engine.run.VerificationEngine;

import picocli.CommandLine.Option;

/** Options choosing the checkers that run and how many claims are checked at once. */
public final class CheckerOptions {

	@Option(names = "--checkers", split = ",", paramLabel = "ID",
			description = "Run only these checkers (ids from './factcheck checkers').")
	List<String> only = new ArrayList<>();

	@Option(names = "--disable", split = ",", paramLabel = "ID", description = "Do not run these checkers.")
	List<String> disabled = new ArrayList<>();

	@Option(names = "--cost", paramLabel = "CLASS", defaultValue = "expensive",
			description = "Run checkers up to this cost class: fast, normal or expensive (default: ${DEFAULT-VALUE}).")
	CostClass maxCost = CostClass.EXPENSIVE;

	@Option(names = "--threads", paramLabel = "N",
			description = "Claims checked in parallel (default: the number of processors).")
	int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--time-budget", paramLabel = "SECONDS",
			description = "Time each checker may spend on one claim before it is cancelled and reported (default: 30).")
	double timeBudget = CheckerGuard.DEFAULT_BUDGET.toSeconds();

	@Option(names = "--preference", paramLabel = "ID/KEY=VALUE",
			description = "Set a checker's preference for this run, e.g. org.factcheck.checkers.trust/lowTrustPublishers=Example-Blog (see './factcheck checkers').")
	List<String> preferences = new ArrayList<>();

	private CheckerRegistry registry;

	/** A verifier running the installed checkers these options select, on the chosen number of threads. */
	public BatchVerifier verifier() {
		CheckerPreferenceValues values = preferenceValues(registry());
		VerificationEngine engine = new VerificationEngine(registry(), new CheckerGuard(timeBudget(), values));
		return new BatchVerifier(engine, selection(registry(), values), threads());
	}

	/** The installed checkers, read from the extension registry once. */
	public CheckerRegistry registry() {
		if (registry == null) {
			registry = CheckerRegistry.fromExtensions();
		}
		return registry;
	}

	/** The checkers to run: those named, else the enabled ones up to the cost class, minus the disabled. */
	public CheckerSelection selection(CheckerRegistry registry) {
		return selection(registry, preferenceValues(registry));
	}

	private CheckerSelection selection(CheckerRegistry registry, CheckerPreferenceValues values) {
		Set<String> known = new HashSet<>();
		registry.all().stream().map(CheckerDescriptor::id).forEach(known::add);
		for (String id : concat(only, disabled)) {
			requireKnown(known, id);
		}
		Set<String> off = new HashSet<>(disabled);
		registry.all().stream().filter(checker -> !values.isEnabled(checker)).map(CheckerDescriptor::id).forEach(off::add);
		only.forEach(off::remove);
		off.addAll(disabled);
		return new CheckerSelection(maxCost, Set.copyOf(only), off);
	}

	/** The checkers' preferences: this run's {@code --preference} values, then the platform's. */
	public CheckerPreferenceValues preferenceValues(CheckerRegistry registry) {
		Set<String> known = new HashSet<>();
		registry.all().stream().map(CheckerDescriptor::id).forEach(known::add);
		Map<String, Map<String, String>> given = new HashMap<>();
		for (String preference : preferences) {
			int slash = preference.indexOf('/');
			int equals = preference.indexOf('=', Math.max(slash, 0));
			if (slash <= 0 || equals < slash + 2) {
				throw new IllegalArgumentException("--preference '" + preference + "' is not of the form CHECKER_ID/KEY=VALUE");
			}
			String id = preference.substring(0, slash);
			requireKnown(known, id);
			given.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(preference.substring(slash + 1, equals).strip(),
					preference.substring(equals + 1));
		}
		return CheckerPreferenceValues.platform(given);
	}

	public Duration timeBudget() {
		if (!(timeBudget > 0) || Double.isInfinite(timeBudget)) {
			throw new IllegalArgumentException("--time-budget must be a positive number of seconds, not " + timeBudget);
		}
		return Duration.ofMillis(Math.max(1, Math.round(timeBudget * 1000)));
	}

	private static void requireKnown(Set<String> known, String id) {
		if (!known.contains(id)) {
			throw new IllegalArgumentException("unknown checker '" + id + "'; installed: " + String.join(", ", known.stream().sorted().toList()));
		}
	}

	public int threads() {
		return Math.max(1, threads);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
