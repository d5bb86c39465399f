package org.factcheck.engine.tests.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.checker.Checker;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The checker API bundle's contract with plug-ins: it exports its API package, versioned and
 * documented, and nothing else — a package added later is exported only as x-internal.
 */
class CheckerApiBundleTest {

	private static final Set<String> API = Set.of("org.factcheck.checker");

	private final Bundle bundle = FrameworkUtil.getBundle(Checker.class);

	@Test
	void onlyTheApiPackageIsExportedForPlugInsEverythingElseIsInternal() {
		for (String clause : clauses(bundle.getHeaders().get("Export-Package"))) {
			String name = clause.split(";")[0].strip();
			boolean internal = clause.replace(" ", "").contains("x-internal:=true");
			assertTrue(API.contains(name) || internal, "exported without x-internal:=true: " + clause);
			if (API.contains(name)) {
				assertTrue(clause.contains("version="), "the API package is exported with a version: " + clause);
			}
		}
	}

	@Test
	void everyPackageOfTheBundleIsTheApiOrInternal() {
		Set<String> packages = new TreeSet<>();
		java.util.Collection<String> classes = bundle.adapt(BundleWiring.class).listResources("/org/factcheck", "*.class",
				BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
		for (String resource : classes) {
			packages.add(resource.substring(0, resource.lastIndexOf('/')).replace('/', '.'));
		}
		assertTrue(packages.containsAll(API), packages.toString());
		for (String name : packages) {
			assertTrue(API.contains(name) || name.contains(".internal"), "a package that is neither API nor internal: " + name);
		}
		for (String api : API) {
			assertTrue(classes.contains(api.replace('.', '/') + "/package-info.class"), "the package " + api + " is documented");
		}
	}

	/** The clauses of a manifest header, split at commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		return clauses;
	}
}
