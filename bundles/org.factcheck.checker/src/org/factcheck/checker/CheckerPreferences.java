package org.factcheck.checker;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preferences of one checker, as the user set them: in the IDE's Fact-check preferences, in
 * the product's configuration ({@code configuration/.settings/CHECKER_ID.prefs}), or for one run
 * with the command line's {@code --preference CHECKER_ID/KEY=VALUE}; otherwise the default the
 * checker declares in its {@code <preference>} element (see the {@code checkers} extension point).
 * <p>
 * Read them in {@link Checker#check}, not in the constructor: they may change between runs of a
 * long-lived checker instance (the IDE creates a checker once).
 *
 * @noimplement The engine supplies the implementation; tests may use {@link #of(Map)}.
 */
public interface CheckerPreferences {

	/** The value of {@code key}, or empty when neither the user nor the declaration gives one. */
	Optional<String> get(String key);

	/** The value of {@code key}, or {@code otherwise}. */
	default String get(String key, String otherwise) {
		return get(key).orElse(otherwise);
	}

	/**
	 * A list value: the entries separated by commas or line breaks, trimmed, empty ones dropped
	 * ({@code "dpa, Reuters"} gives {@code [dpa, Reuters]}); an empty list when unset.
	 */
	default List<String> getList(String key) {
		return get(key).map(value -> Arrays.stream(value.split("[,\\n\\r]+")).map(String::strip)
				.filter(entry -> !entry.isEmpty()).toList()).orElse(List.of());
	}

	/** {@code true} or {@code false} (case ignored); {@code otherwise} when unset or anything else. */
	default boolean getBoolean(String key, boolean otherwise) {
		return get(key).map(String::strip).map(value -> value.equalsIgnoreCase("true") ? Boolean.TRUE
				: value.equalsIgnoreCase("false") ? Boolean.FALSE : null).orElse(otherwise);
	}

	/** Preferences with these values, for tests and for checkers run outside the engine. */
	static CheckerPreferences of(Map<String, String> values) {
		Map<String, String> copy = Map.copyOf(values);
		return key -> Optional.ofNullable(copy.get(key));
	}

	/** No preferences at all: every key is unset. */
	static CheckerPreferences none() {
		return key -> Optional.empty();
	}
}
