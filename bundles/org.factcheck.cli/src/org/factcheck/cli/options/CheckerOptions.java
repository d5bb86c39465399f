package org.factcheck.cli.options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factcheck.checker.CostClass;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.registry.CheckerDescriptor;
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

	private CheckerRegistry registry;

	/** A verifier running the installed checkers these options select, on the chosen number of threads. */
	public BatchVerifier verifier() {
		VerificationEngine engine = new VerificationEngine(registry());
		return new BatchVerifier(engine, selection(engine.registry()), threads());
	}

	/** The installed checkers, read from the extension registry once. */
	public CheckerRegistry registry() {
		if (registry == null) {
			registry = CheckerRegistry.fromExtensions();
		}
		return registry;
	}

	/** The selection, or an explanation of the first unknown checker id. */
	public CheckerSelection selection(CheckerRegistry registry) {
		Set<String> known = new HashSet<>();
		registry.all().stream().map(CheckerDescriptor::id).forEach(known::add);
		for (String id : concat(only, disabled)) {
			if (!known.contains(id)) {
				throw new IllegalArgumentException("unknown checker '" + id + "'; installed: " + String.join(", ", known));
			}
		}
		return new CheckerSelection(maxCost, Set.copyOf(only), Set.copyOf(disabled));
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
