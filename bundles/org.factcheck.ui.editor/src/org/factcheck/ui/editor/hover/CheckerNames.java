package org.factcheck.ui.editor.hover;

import org.factcheck.engine.policy.VerdictPolicy;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.engine.registry.CheckerRegistry;

/** The names of the installed checkers, for people: "Quote checker" rather than its id. */
final class CheckerNames {

	private static CheckerRegistry registry;

	private CheckerNames() {
	}

	static synchronized String of(String checkerId) {
		if (VerdictPolicy.POLICY_ID.equals(checkerId)) {
			return "the verdict policy";
		}
		if (registry == null) {
			registry = CheckerRegistry.fromExtensions();
		}
		return registry.find(checkerId).map(CheckerDescriptor::name).orElse(checkerId);
	}
}
