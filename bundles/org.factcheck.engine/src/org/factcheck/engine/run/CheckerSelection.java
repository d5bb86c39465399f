package org.factcheck.engine.run;

import java.util.EnumSet;
import java.util.Set;

import org.factcheck.checker.CostClass;
import org.factcheck.engine.registry.CheckerDescriptor;

/**
 * Which checkers run.
 *
 * @param maxCost  the most expensive cost class that runs
 * @param only     if not empty, exactly these checker ids run (enabled by default or not)
 * @param disabled checker ids that do not run
 */
public record CheckerSelection(CostClass maxCost, Set<String> only, Set<String> disabled) {

	public CheckerSelection {
		only = Set.copyOf(only);
		disabled = Set.copyOf(disabled);
	}

	/** Every checker that is enabled by default, whatever its cost. */
	public static CheckerSelection all() {
		return new CheckerSelection(CostClass.EXPENSIVE, Set.of(), Set.of());
	}

	public static CheckerSelection upTo(CostClass maxCost) {
		return new CheckerSelection(maxCost, Set.of(), Set.of());
	}

	public boolean includes(CheckerDescriptor checker) {
		if (disabled.contains(checker.id())) {
			return false;
		}
		if (!only.isEmpty()) {
			return only.contains(checker.id());
		}
		return checker.enabledByDefault() && EnumSet.range(CostClass.FAST, maxCost).contains(checker.cost());
	}
}
