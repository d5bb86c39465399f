package org.factcheck.install;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Which installed feature brought a bundle into the running product — for listings such as
 * {@code ./factcheck checkers}. A bundle dropped into the product's {@code dropins/} folder
 * belongs to no feature and is reported as coming from there.
 */
public final class InstalledFeatures {

	/** The profile property p2's dropins reconciler puts on what it installs from dropins/. */
	private static final String FROM_DROPINS = "org.eclipse.equinox.p2.reconciler.dropins";

	/** Where the bundle came from: {@code dropins} or a feature's id and version. */
	public static final String DROPINS = "dropins";

	private final Map<String, String> origins = new HashMap<>();

	private InstalledFeatures() {
	}

	/** The features of the running product; knows no bundle when the runtime was not installed by p2. */
	public static InstalledFeatures ofRunningProduct() {
		InstalledFeatures features = new InstalledFeatures();
		try {
			Optional<RunningProduct> product = RunningProduct.find();
			if (product.isPresent()) {
				try (RunningProduct running = product.get()) {
					features.read(running.profile());
				}
			}
		} catch (InstallProblem | RuntimeException e) {
			// a listing without feature information is still a listing
		}
		return features;
	}

	private void read(IProfile profile) {
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<IInstallableUnit> groups = profile.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
				.filter(iu -> iu.getId().endsWith(Feature.GROUP_SUFFIX)).toList();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet()) {
			if ("true".equals(profile.getInstallableUnitProperty(unit, FROM_DROPINS))) {
				origins.put(unit.getId(), DROPINS);
				continue;
			}
			groups.stream().filter(group -> group.getRequirements().stream().anyMatch(r -> r.isMatch(unit))).findFirst()
					.map(ProductInstaller::feature).ifPresent(feature -> origins.putIfAbsent(unit.getId(), feature.toString()));
		}
	}

	/** The feature (id and version) that contributes the bundle, {@value #DROPINS}, or empty when unknown. */
	public Optional<String> originOf(String bundleSymbolicName) {
		return Optional.ofNullable(origins.get(bundleSymbolicName));
	}
}
