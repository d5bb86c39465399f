package org.factcheck.engine.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.factcheck.checker.Checker;
import org.factcheck.checker.CostClass;

/**
 * The checkers contributed to the {@code org.factcheck.checker.checkers} extension point.
 */
public final class CheckerRegistry {

	public static final String EXTENSION_POINT = "org.factcheck.checker.checkers";

	private final List<CheckerDescriptor> checkers;
	private final List<String> problems;

	private CheckerRegistry(List<CheckerDescriptor> checkers, List<String> problems) {
		this.checkers = List.copyOf(checkers);
		this.problems = List.copyOf(problems);
	}

	/** Reads the contributions from the running platform's extension registry. */
	public static CheckerRegistry fromExtensions() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return new CheckerRegistry(List.of(), List.of("no extension registry: not running in OSGi"));
		}
		return fromElements(registry.getConfigurationElementsFor(EXTENSION_POINT));
	}

	static CheckerRegistry fromElements(IConfigurationElement[] elements) {
		List<CheckerDescriptor> result = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			if (!"checker".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			String name = element.getAttribute("name");
			if (id == null || id.isBlank() || element.getAttribute("class") == null) {
				problems.add(contributor + ": checker contribution without id or class ignored");
				continue;
			}
			if (result.stream().anyMatch(existing -> existing.id().equals(id))) {
				problems.add(contributor + ": duplicate checker id '" + id + "' ignored");
				continue;
			}
			CostClass cost;
			try {
				String value = element.getAttribute("cost");
				cost = value == null ? CostClass.NORMAL : CostClass.valueOf(value.trim().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				problems.add(contributor + ": checker '" + id + "' has unknown cost '" + element.getAttribute("cost")
						+ "'; treated as normal");
				cost = CostClass.NORMAL;
			}
			boolean enabled = !"false".equalsIgnoreCase(element.getAttribute("enabled"));
			result.add(new CheckerDescriptor(id, name == null ? id : name, element.getAttribute("description"), cost,
					enabled, contributor, version(element.getContributor()), preferences(element, id, problems),
					() -> instantiate(element, id)));
		}
		result.sort(Comparator.comparing(CheckerDescriptor::cost).thenComparing(CheckerDescriptor::id));
		return new CheckerRegistry(result, problems);
	}

	private static List<PreferenceDeclaration> preferences(IConfigurationElement checker, String id,
			List<String> problems) {
		List<PreferenceDeclaration> declared = new ArrayList<>();
		for (IConfigurationElement element : checker.getChildren("preference")) {
			String key = element.getAttribute("key");
			if (key == null || key.isBlank()) {
				problems.add(checker.getContributor().getName() + ": checker '" + id + "' declares a preference without key; ignored");
				continue;
			}
			declared.add(new PreferenceDeclaration(key.strip(), element.getAttribute("label"), element.getAttribute("default"),
					element.getAttribute("description")));
		}
		return declared;
	}

	/** The version of the bundle behind a contributor, or empty outside OSGi. */
	private static String version(IContributor contributor) {
		try {
			org.osgi.framework.Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
			return bundle == null ? "" : bundle.getVersion().toString();
		} catch (RuntimeException | LinkageError e) {
			return "";
		}
	}

	/** A registry of the given checkers, for tests and embedding. */
	public static CheckerRegistry of(List<CheckerDescriptor> checkers) {
		return new CheckerRegistry(checkers, List.of());
	}

	private static Checker instantiate(IConfigurationElement element, String id) {
		try {
			Object created = element.createExecutableExtension("class");
			if (created instanceof Checker checker) {
				return checker;
			}
			throw new IllegalStateException("checker '" + id + "': " + created.getClass().getName()
					+ " does not implement " + Checker.class.getName());
		} catch (CoreException e) {
			throw new IllegalStateException("checker '" + id + "' could not be created: " + e.getMessage(), e);
		}
	}

	public List<CheckerDescriptor> all() {
		return checkers;
	}

	public Optional<CheckerDescriptor> find(String id) {
		return checkers.stream().filter(checker -> checker.id().equals(id)).findFirst();
	}

	/** Contribution errors found while reading the registry (malformed or duplicate declarations). */
	public List<String> problems() {
		return problems;
	}
}
