package org.factcheck.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.factcheck.ui.results.VerificationResults;
import org.osgi.framework.BundleContext;

/** The workbench plug-in: owns the verification results of the session. */
public final class FactcheckUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.factcheck.ui";

	private static FactcheckUi instance;

	private final VerificationResults results = new VerificationResults();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static FactcheckUi getDefault() {
		return instance;
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
