package org.factcheck.ui;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.ide.ClaimsIdeSetup;
import org.factcheck.ui.checkers.InstalledCheckers;
import org.factcheck.ui.claims.ClaimDocuments;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.corpora.WorkspaceCorpora;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.results.VerificationResults;
import org.factcheck.ui.verification.ClaimFileChanges;
import org.factcheck.ui.verification.VerificationJob;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The workbench plug-in: owns the claim language's injector (one per workbench, so that the
 * editor, the verification and the views share the corpora it opens), the session's verification
 * results, the verification job and the services the views share.
 */
public final class FactcheckUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.factcheck.ui";

	private static FactcheckUi instance;

	private final VerificationResults results = new VerificationResults();
	private final VerificationJob verification = new VerificationJob();
	private final ClaimFileChanges claimFileChanges = new ClaimFileChanges();

	private Injector claimsInjector;
	private InstalledCheckers checkers;
	private FactcheckPreferences preferences;
	private ClaimDocuments claimDocuments;
	private ClaimSelections claimSelections;
	private WorkspaceCorpora corpora;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		checkers = new InstalledCheckers(RegistryFactory.getRegistry());
		checkers.start();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(claimFileChanges, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(claimFileChanges);
		Job.getJobManager().cancel(VerificationJob.FAMILY);
		checkers.dispose();
		synchronized (this) {
			if (claimsInjector != null
					&& claimsInjector.getInstance(CorpusProvider.class) instanceof StoreCorpusProvider stores) {
				stores.close();
			}
		}
		instance = null;
		super.stop(context);
	}

	public static FactcheckUi getDefault() {
		return instance;
	}

	/**
	 * The claim language with its IDE services, created on first use. Its corpus provider keeps each
	 * corpus open once for the workbench.
	 */
	public synchronized Injector claimsInjector() {
		if (claimsInjector == null) {
			claimsInjector = new ClaimsIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return claimsInjector;
	}

	/** The latest verification result of every claim file verified in this session. */
	public VerificationResults results() {
		return results;
	}

	/** The background verification of claim files; {@link VerificationJob#request} verifies files. */
	public VerificationJob verification() {
		return verification;
	}

	/** The checkers installed in the workbench, following plug-ins that come and go. */
	public InstalledCheckers checkers() {
		return checkers;
	}

	public synchronized FactcheckPreferences preferences() {
		if (preferences == null) {
			preferences = new FactcheckPreferences(getPreferenceStore());
		}
		return preferences;
	}

	/** Where the claims of claim-file texts are, parsed once per document change. */
	public synchronized ClaimDocuments claimDocuments() {
		if (claimDocuments == null) {
			claimDocuments = new ClaimDocuments(claimsInjector());
		}
		return claimDocuments;
	}

	/** The claim a selection or a claim editor's cursor stands for. */
	public synchronized ClaimSelections claimSelections() {
		if (claimSelections == null) {
			claimSelections = new ClaimSelections(claimDocuments());
		}
		return claimSelections;
	}

	/** The corpora of the workspace's claim files, opened once for the workbench. */
	public synchronized WorkspaceCorpora corpora() {
		if (corpora == null) {
			corpora = new WorkspaceCorpora(claimsInjector(), preferences(), claimDocuments());
		}
		return corpora;
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String key : FactcheckImages.ALL) {
			registry.put(key, imageDescriptorFromPlugin(PLUGIN_ID, "icons/" + key + ".png"));
		}
		for (String key : FactcheckImages.VECTOR) {
			registry.put(key, imageDescriptorFromPlugin(PLUGIN_ID, "icons/" + key + ".svg"));
		}
	}

	/** A shared image of this plug-in (see {@link FactcheckImages}); do not dispose. */
	public static Image image(String key) {
		return getDefault().getImageRegistry().get(key);
	}

	public static ImageDescriptor imageDescriptor(String key) {
		return getDefault().getImageRegistry().getDescriptor(key);
	}

	public static void log(String message, Throwable error) {
		ILog.of(FactcheckUi.class).log(Status.error(message, error));
	}

	public static void log(IStatus status) {
		ILog.of(FactcheckUi.class).log(status);
	}
}
