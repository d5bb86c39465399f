package org.factcheck.install;

import java.util.List;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The p2 view of the product this code runs in: its provisioning agent and its profile (the
 * installed features and bundles). Close it when done.
 */
final class RunningProduct implements AutoCloseable {

	private static final String P2_CORE = "org.eclipse.equinox.p2.core";
	private static final String DECLARATIVE_SERVICES = "org.apache.felix.scr";

	private final IProvisioningAgent agent;
	private final IProfile profile;

	private RunningProduct(IProvisioningAgent agent, IProfile profile) {
		this.agent = agent;
		this.profile = profile;
	}

	/** The running product, or empty when it was not installed by p2 (a development or test runtime). */
	static java.util.Optional<RunningProduct> find() throws InstallProblem {
		Bundle own = FrameworkUtil.getBundle(RunningProduct.class);
		BundleContext context = own == null ? null : own.getBundleContext();
		if (context == null) {
			return java.util.Optional.empty();
		}
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			startP2(context);
			reference = context.getServiceReference(IProvisioningAgentProvider.class);
		}
		if (reference == null) {
			return java.util.Optional.empty();
		}
		IProvisioningAgent agent;
		try {
			agent = context.getService(reference).createAgent(null);
		} catch (ProvisionException e) {
			throw new InstallProblem("The product's p2 data cannot be read: " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			agent.stop();
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new RunningProduct(agent, profile));
	}

	/**
	 * Starts p2's services: the declarative services runtime first (the command line's configuration
	 * does not start it, as no other command needs it), which then registers the components of p2's
	 * bundles, and p2's core.
	 */
	private static void startP2(BundleContext context) {
		for (String name : List.of(DECLARATIVE_SERVICES, P2_CORE)) {
			for (Bundle bundle : context.getBundles()) {
				if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
					try {
						bundle.start(Bundle.START_TRANSIENT);
					} catch (BundleException e) {
						return;
					}
				}
			}
		}
	}

	IProvisioningAgent agent() {
		return agent;
	}

	IProfile profile() {
		return profile;
	}

	/** The profile as it is now (after a change, the registry holds a new snapshot). */
	IProfile currentProfile() {
		IProfile current = agent.getService(IProfileRegistry.class).getProfile(profile.getProfileId());
		return current == null ? profile : current;
	}

	@Override
	public void close() {
		agent.stop();
	}
}
