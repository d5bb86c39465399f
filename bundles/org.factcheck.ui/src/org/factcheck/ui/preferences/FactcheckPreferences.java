package org.factcheck.ui.preferences;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.preference.IPreferenceStore;
import org.factcheck.checker.CostClass;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerSelection;

/**
 * The workbench's Fact-check preferences (Window ▸ Preferences ▸ Fact-check), read from the
 * plug-in's preference store.
 */
public final class FactcheckPreferences {

	/** Whether saving a claim file verifies it (boolean, default true). */
	public static final String VERIFY_ON_SAVE = "verifyOnSave";
	/**
	 * Where corpora keep their import cache and index, one folder per corpus, like the command
	 * line's {@code --index}; empty for the command line's default cache.
	 */
	public static final String CORPUS_CACHE = "corpusCache";
	private static final String CHECKER_PREFIX = "checker.";
	private static final String CHECKER_SUFFIX = ".enabled";

	private final IPreferenceStore store;

	public FactcheckPreferences(IPreferenceStore store) {
		this.store = store;
	}

	/** The key that enables or disables a checker. */
	public static String checkerKey(String checkerId) {
		return CHECKER_PREFIX + checkerId + CHECKER_SUFFIX;
	}

	public IPreferenceStore store() {
		return store;
	}

	public boolean verifyOnSave() {
		return store.getBoolean(VERIFY_ON_SAVE);
	}

	/** The chosen cache root, if the user chose one (and it is a valid path). */
	public Optional<Path> corpusCache() {
		String value = store.getString(CORPUS_CACHE).trim();
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(value).toAbsolutePath().normalize());
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Whether the user lets the checker run; a checker never configured runs if it is enabled by default. */
	public boolean isEnabled(CheckerDescriptor checker) {
		String key = checkerKey(checker.id());
		return store.contains(key) ? store.getBoolean(key) : checker.enabledByDefault();
	}

	public void setEnabled(CheckerDescriptor checker, boolean enabled) {
		String key = checkerKey(checker.id());
		store.setDefault(key, checker.enabledByDefault());
		store.setValue(key, enabled);
	}

	/** Sets the defaults of the installed checkers: each as its contribution declares. */
	public void setCheckerDefaults(CheckerRegistry registry) {
		for (CheckerDescriptor checker : registry.all()) {
			store.setDefault(checkerKey(checker.id()), checker.enabledByDefault());
		}
	}

	/**
	 * The checkers a verification runs: those the user enables, up to {@code maxCost} (saving runs
	 * fast and normal checkers, an explicit verification expensive ones too).
	 */
	public CheckerSelection selection(CheckerRegistry registry, CostClass maxCost) {
		Set<String> enabled = new HashSet<>();
		Set<String> disabled = new HashSet<>();
		for (CheckerDescriptor checker : registry.all()) {
			if (isEnabled(checker) && checker.cost().compareTo(maxCost) <= 0) {
				enabled.add(checker.id());
			} else {
				disabled.add(checker.id());
			}
		}
		return new CheckerSelection(maxCost, enabled, disabled);
	}
}
