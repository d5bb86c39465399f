package org.factcheck.ui.tests.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.verification.VerificationJob;

/** Runs the workbench's verification and waits for it, running the event loop meanwhile. */
public final class Verifications {

	public static final Duration TIMEOUT = Duration.ofMinutes(3);

	private Verifications() {
	}

	/** Verifies the files as the Verify command does and waits until their new results are published. */
	public static void verify(IFile... files) {
		Instant before = Instant.now();
		FactcheckUi.getDefault().verification().request(List.of(files), CostClass.EXPENSIVE);
		awaitResults(before, files);
	}

	/** Waits until every file has a result finished after {@code since} and no verification runs. */
	public static void awaitResults(Instant since, IFile... files) {
		EventLoop.waitUntil("the verification of " + List.of(files), TIMEOUT, () -> {
			for (IFile file : files) {
				if (FactcheckUi.getDefault().results().of(file).map(FileVerification::finished)
						.filter(finished -> !finished.isBefore(since)).isEmpty()) {
					return false;
				}
			}
			return Job.getJobManager().find(VerificationJob.FAMILY).length == 0;
		});
		EventLoop.flush();
	}

	/** Waits until no verification is scheduled or running. */
	public static void awaitIdle() {
		EventLoop.waitUntil("verification jobs to end", TIMEOUT,
				() -> Job.getJobManager().find(VerificationJob.FAMILY).length == 0);
		EventLoop.flush();
	}
}
