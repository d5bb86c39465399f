package org.factcheck.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.factcheck.claims.corpus.CorpusProvider;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.claims.ide.ClaimsIdeSetup;
import org.factcheck.ui.results.VerificationResults;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The workbench plug-in: owns the claim language's injector (one per workbench, so that the
 * editor, the verification and the views share the corpora it opens) and the session's
 * verification results.
 */
public final class FactcheckUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.factcheck.ui";

	private static FactcheckUi instance;

	private final VerificationResults results = new VerificationResults();

	private Injector claimsInjector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
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

	public static void log(String message, Throwable error) {
		ILog.of(FactcheckUi.class).log(Status.error(message, error));
	}

	public static void log(IStatus status) {
		ILog.of(FactcheckUi.class).log(status);
	}
}
