package org.factcheck.install;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Installs features from p2 sites into the running product and uninstalls them, headless — what
 * the p2 director does, with one clear sentence for whatever goes wrong. p2 resolves the whole
 * change before touching anything and rolls back a change that fails, so a problem leaves the
 * product as it was. The installed plug-ins take part from the product's next start.
 */
public final class ProductInstaller implements AutoCloseable {

	private final RunningProduct product;

	private ProductInstaller(RunningProduct product) {
		this.product = product;
	}

	/** The installer of the product this code runs in. */
	public static ProductInstaller forRunningProduct() throws InstallProblem {
		return new ProductInstaller(RunningProduct.find().orElseThrow(() -> new InstallProblem(
				"This runtime has no p2 profile (it is not an installed product), so nothing can be installed into it.")));
	}

	/**
	 * Installs the features (all the site offers when none are named).
	 *
	 * @return the features installed; empty when all were installed already
	 */
	public List<Feature> install(PluginSite site, List<String> featureIds, IProgressMonitor monitor) throws InstallProblem {
		IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
		URI location = site.location();
		boolean knownMetadata = Arrays.asList(metadata.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)).contains(location);
		boolean knownArtifacts = Arrays.asList(artifacts.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)).contains(location);
		try {
			IMetadataRepository repository = load(metadata, site, monitor);
			try {
				artifacts.loadRepository(location, monitor);
			} catch (ProvisionException e) {
				throw new InstallProblem("The site " + site + " has no readable artifact repository: " + reason(e) + ".", e);
			}
			List<IInstallableUnit> offered = repository.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet()
					.stream().filter(iu -> iu.getId().endsWith(Feature.GROUP_SUFFIX))
					.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
			List<IInstallableUnit> wanted = chosen(site, offered, featureIds);
			IProfile profile = product.currentProfile();
			List<IInstallableUnit> missing = wanted.stream()
					.filter(iu -> profile.query(QueryUtil.createIUQuery(iu.getId(), iu.getVersion()), monitor).isEmpty()).toList();
			if (missing.isEmpty()) {
				return List.of();
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(product.agent()), missing);
			run(operation, location, "install " + names(missing) + " from " + site, monitor);
			return missing.stream().map(ProductInstaller::feature).toList();
		} finally {
			if (!knownMetadata) {
				metadata.removeRepository(location);
			}
			if (!knownArtifacts) {
				artifacts.removeRepository(location);
			}
		}
	}

	/** Uninstalls the features; each must have been installed into the product, not be part of it. */
	public List<Feature> uninstall(List<String> featureIds, IProgressMonitor monitor) throws InstallProblem {
		IProfile profile = product.currentProfile();
		List<IInstallableUnit> installed = groups(profile, monitor);
		Set<IInstallableUnit> ofProduct = partOfProduct(profile, installed, monitor);
		List<IInstallableUnit> chosen = new ArrayList<>();
		for (String id : featureIds) {
			IInstallableUnit feature = installed.stream().filter(iu -> iu.getId().equals(groupId(id))).findFirst()
					.orElseThrow(() -> new InstallProblem("The feature " + id + " is not installed"
							+ removable(installed, ofProduct) + "."));
			if (ofProduct.contains(feature)) {
				throw new InstallProblem("The feature " + id + " is part of the product and cannot be uninstalled.");
			}
			chosen.add(feature);
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(product.agent()), chosen);
		run(operation, null, "uninstall " + names(chosen), monitor);
		return chosen.stream().map(ProductInstaller::feature).toList();
	}

	/** The features installed into the product beyond its own, which {@link #uninstall} can remove. */
	public List<Feature> addedFeatures() {
		IProfile profile = product.currentProfile();
		List<IInstallableUnit> installed = groups(profile, new NullProgressMonitor());
		Set<IInstallableUnit> ofProduct = partOfProduct(profile, installed, new NullProgressMonitor());
		return installed.stream().filter(iu -> !ofProduct.contains(iu)).map(ProductInstaller::feature).toList();
	}

	private IMetadataRepository load(IMetadataRepositoryManager metadata, PluginSite site, IProgressMonitor monitor)
			throws InstallProblem {
		try {
			return metadata.loadRepository(site.location(), monitor);
		} catch (ProvisionException e) {
			throw new InstallProblem("The site " + site + " is not a p2 repository: " + reason(e) + ".", e);
		} catch (RuntimeException e) {
			throw new InstallProblem("The site " + site + " cannot be read: " + e.getMessage() + ".", e);
		}
	}

	private static List<IInstallableUnit> chosen(PluginSite site, List<IInstallableUnit> offered, List<String> featureIds)
			throws InstallProblem {
		if (offered.isEmpty()) {
			throw new InstallProblem("The site " + site + " offers no features.");
		}
		if (featureIds.isEmpty()) {
			return offered;
		}
		List<IInstallableUnit> chosen = new ArrayList<>();
		for (String id : featureIds) {
			chosen.add(offered.stream().filter(iu -> iu.getId().equals(groupId(id))).findFirst()
					.orElseThrow(() -> new InstallProblem("The site " + site + " has no feature " + id + "; it offers "
							+ offered.stream().map(iu -> featureId(iu.getId())).collect(Collectors.joining(", ")) + ".")));
		}
		return chosen;
	}

	/** Resolves the change (nothing is touched if it cannot be resolved) and performs it. */
	private void run(ProfileChangeOperation operation, URI site, String what, IProgressMonitor monitor) throws InstallProblem {
		operation.setProfileId(product.profile().getProfileId());
		if (site != null) {
			ProvisioningContext context = new ProvisioningContext(product.agent());
			context.setMetadataRepositories(site);
			context.setArtifactRepositories(site);
			operation.setProvisioningContext(context);
		}
		IStatus resolution = operation.resolveModal(monitor);
		if (resolution.getSeverity() == IStatus.ERROR || resolution.getSeverity() == IStatus.CANCEL
				|| operation.getProvisioningPlan() == null) {
			throw new InstallProblem("Cannot " + what + ": " + Resolution.explain(resolution) + ".");
		}
		IStatus result = operation.getProvisioningJob(monitor).runModal(monitor);
		if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
			throw new InstallProblem("Could not " + what + " (nothing was changed): " + Resolution.explain(result) + ".");
		}
	}

	private static List<IInstallableUnit> groups(IProfile profile, IProgressMonitor monitor) {
		return profile.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
				.filter(iu -> iu.getId().endsWith(Feature.GROUP_SUFFIX)).sorted(Comparator.comparing(IInstallableUnit::getId))
				.toList();
	}

	/** The features the product's own definition requires (its products' and their features' requirements). */
	private static Set<IInstallableUnit> partOfProduct(IProfile profile, List<IInstallableUnit> features,
			IProgressMonitor monitor) {
		Set<IInstallableUnit> products = profile.query(QueryUtil.createIUProductQuery(), monitor).toUnmodifiableSet();
		return features.stream().filter(feature -> products.stream()
				.anyMatch(p -> p.getRequirements().stream().anyMatch(r -> r.isMatch(feature)))).collect(Collectors.toSet());
	}

	private static String removable(List<IInstallableUnit> installed, Set<IInstallableUnit> ofProduct) {
		String added = installed.stream().filter(iu -> !ofProduct.contains(iu)).map(iu -> featureId(iu.getId()))
				.collect(Collectors.joining(", "));
		return added.isEmpty() ? "; no features have been installed into the product" : "; installed features: " + added;
	}

	private <T> T service(Class<T> type) throws InstallProblem {
		T service = product.agent().getService(type);
		if (service == null) {
			throw new InstallProblem("The product's p2 installation is incomplete (no " + type.getSimpleName() + ").");
		}
		return service;
	}

	static Feature feature(IInstallableUnit group) {
		String name = Optional.ofNullable(group.getProperty(IInstallableUnit.PROP_NAME, null)).orElse(featureId(group.getId()));
		return new Feature(featureId(group.getId()), group.getVersion().toString(), name);
	}

	static String featureId(String groupId) {
		return groupId.endsWith(Feature.GROUP_SUFFIX) ? groupId.substring(0, groupId.length() - Feature.GROUP_SUFFIX.length())
				: groupId;
	}

	private static String groupId(String featureId) {
		return featureId.endsWith(Feature.GROUP_SUFFIX) ? featureId : featureId + Feature.GROUP_SUFFIX;
	}

	private static String names(List<IInstallableUnit> features) {
		return features.stream().map(iu -> featureId(iu.getId())).collect(Collectors.joining(", "));
	}

	private static String reason(ProvisionException e) {
		String message = e.getStatus() != null ? e.getStatus().getMessage() : e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\.$", "");
	}

	@Override
	public void close() {
		product.close();
	}
}
