package org.factcheck.ui.verification;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.factcheck.checker.CostClass;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.CheckerWarmUp;
import org.factcheck.engine.run.VerificationEngine;
import org.factcheck.ui.FactcheckUi;

/**
 * Prepares verification in the background when the workbench starts, so that the first
 * verification does not wait for it: creates the claim language and the checkers, and lets every
 * enabled checker read one made-up claim against an empty corpus, which loads the language models
 * and lexicons they share. Belongs to the verification job family; a verification requested
 * meanwhile simply runs alongside.
 */
public final class VerificationWarmUp extends Job {

	private static volatile Duration lastDuration;

	public VerificationWarmUp() {
		super("Preparing the checkers");
		setSystem(true);
		setPriority(DECORATE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == VerificationJob.FAMILY;
	}

	/** How long the last warm-up of this session took, if one finished. */
	public static Optional<Duration> lastDuration() {
		return Optional.ofNullable(lastDuration);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long started = System.nanoTime();
		FactcheckUi plugin = FactcheckUi.getDefault();
		plugin.claimDocuments().parse("claim warmup \"Die Preise stiegen.\"\n");
		CheckerRegistry registry = plugin.checkers().registry();
		CheckerWarmUp.prepare(new VerificationEngine(registry), plugin.preferences().selection(registry, CostClass.EXPENSIVE),
				monitor::isCanceled);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		lastDuration = Duration.ofNanos(System.nanoTime() - started);
		return Status.OK_STATUS;
	}
}
