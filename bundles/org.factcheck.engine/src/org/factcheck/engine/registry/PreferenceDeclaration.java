package org.factcheck.engine.registry;

import java.util.Objects;

/**
 * A preference a checker declares with a {@code <preference>} element of its contribution.
 *
 * @param key          the key the checker reads with {@code CheckerPreferences.get(key)}
 * @param label        a short name for preference pages
 * @param defaultValue the value when the user sets none; empty for none
 * @param description  what the value means and how to write it
 */
public record PreferenceDeclaration(String key, String label, String defaultValue, String description) {

	public PreferenceDeclaration {
		Objects.requireNonNull(key, "key");
		label = label == null || label.isBlank() ? key : label;
		defaultValue = defaultValue == null ? "" : defaultValue;
		description = description == null ? "" : description;
	}
}
