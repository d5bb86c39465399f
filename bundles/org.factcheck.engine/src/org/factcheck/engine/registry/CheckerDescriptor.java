package org.factcheck.engine.registry;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.factcheck.checker.Checker;
import org.factcheck.checker.CostClass;

/**
 * A checker known to the engine: its declaration and, once first needed, its instance.
 */
public final class CheckerDescriptor {

	private final String id;
	private final String name;
	private final String description;
	private final CostClass cost;
	private final boolean enabledByDefault;
	private final String contributor;
	private final String version;
	private final List<PreferenceDeclaration> preferences;
	private final Supplier<Checker> factory;
	private volatile Checker instance;

	public CheckerDescriptor(String id, String name, String description, CostClass cost, boolean enabledByDefault,
			String contributor, Supplier<Checker> factory) {
		this(id, name, description, cost, enabledByDefault, contributor, "", List.of(), factory);
	}

	/**
	 * @param version     the contributing bundle's version, empty when unknown
	 * @param preferences the preferences the checker declares
	 */
	public CheckerDescriptor(String id, String name, String description, CostClass cost, boolean enabledByDefault,
			String contributor, String version, List<PreferenceDeclaration> preferences, Supplier<Checker> factory) {
		this.id = Objects.requireNonNull(id);
		this.name = Objects.requireNonNull(name);
		this.description = description == null ? "" : description;
		this.cost = Objects.requireNonNull(cost);
		this.enabledByDefault = enabledByDefault;
		this.contributor = contributor;
		this.version = version == null ? "" : version;
		this.preferences = List.copyOf(preferences);
		this.factory = Objects.requireNonNull(factory);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public CostClass cost() {
		return cost;
	}

	public boolean enabledByDefault() {
		return enabledByDefault;
	}

	/** Symbolic name of the bundle that contributes the checker. */
	public String contributor() {
		return contributor;
	}

	/** The contributing bundle's version, empty when unknown. */
	public String version() {
		return version;
	}

	/** The preferences the checker declares, in declaration order. */
	public List<PreferenceDeclaration> preferences() {
		return preferences;
	}

	/** The checker, created on first call. */
	public Checker checker() {
		Checker result = instance;
		if (result == null) {
			synchronized (this) {
				result = instance;
				if (result == null) {
					result = factory.get();
					instance = result;
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return id + " (" + cost.name().toLowerCase() + ")";
	}
}
