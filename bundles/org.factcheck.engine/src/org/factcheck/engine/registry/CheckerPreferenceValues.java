package org.factcheck.engine.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.factcheck.checker.CheckerPreferences;

/**
 * Where checkers' preference values come from, first match wins: values given for this run (the
 * command line's {@code --preference ID/KEY=VALUE}); the workspace's (instance scope) preferences;
 * the product's configuration
 * ({@code configuration/.settings/CHECKER_ID.prefs}); the default the checker declares. Each
 * checker's preferences live in the node named by its id. The key {@value #ENABLED} says whether
 * the checker runs.
 */
public final class CheckerPreferenceValues implements Function<CheckerDescriptor, CheckerPreferences> {

	/** The key that turns a checker on or off ({@code true} or {@code false}). */
	public static final String ENABLED = "enabled";

	private final Map<String, Map<String, String>> overrides;
	private final List<Function<String, IEclipsePreferences>> scopes;

	private CheckerPreferenceValues(Map<String, Map<String, String>> overrides,
			List<Function<String, IEclipsePreferences>> scopes) {
		Map<String, Map<String, String>> copy = new HashMap<>();
		overrides.forEach((checker, values) -> copy.put(checker, Map.copyOf(values)));
		this.overrides = Map.copyOf(copy);
		this.scopes = scopes;
	}

	/** Values from the running platform's workspace and configuration, after {@code overrides}. */
	public static CheckerPreferenceValues platform(Map<String, Map<String, String>> overrides) {
		return new CheckerPreferenceValues(overrides,
				List.of(InstanceScope.INSTANCE::getNode, ConfigurationScope.INSTANCE::getNode));
	}

	/** Only the given values and the declared defaults, for tests and embedding. */
	public static CheckerPreferenceValues of(Map<String, Map<String, String>> values) {
		return new CheckerPreferenceValues(values, List.of());
	}

	@Override
	public CheckerPreferences apply(CheckerDescriptor checker) {
		return key -> value(checker, key);
	}

	/** Whether the checker runs when no checkers are named explicitly: its preference, else its declaration. */
	public boolean isEnabled(CheckerDescriptor checker) {
		return value(checker, ENABLED).map(v -> !v.strip().equalsIgnoreCase("false")).orElse(checker.enabledByDefault());
	}

	private Optional<String> value(CheckerDescriptor checker, String key) {
		String given = overrides.getOrDefault(checker.id(), Map.of()).get(key);
		if (given != null) {
			return Optional.of(given);
		}
		for (Function<String, IEclipsePreferences> scope : scopes) {
			String stored = stored(scope, checker.id(), key);
			if (stored != null) {
				return Optional.of(stored);
			}
		}
		return checker.preferences().stream().filter(p -> p.key().equals(key)).map(PreferenceDeclaration::defaultValue)
				.filter(value -> !value.isEmpty()).findFirst();
	}

	private static String stored(Function<String, IEclipsePreferences> scope, String node, String key) {
		try {
			return scope.apply(node).get(key, null);
		} catch (RuntimeException e) {
			return null; // the scope has no location (a headless run without workspace)
		}
	}
}
