package org.factcheck.ui.tests.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.ui.PlatformUI;
import org.factcheck.checker.CostClass;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.markers.VerdictMarker;
import org.factcheck.ui.preferences.FactcheckPreferences;
import org.factcheck.ui.results.FileVerification;
import org.factcheck.ui.tests.harness.EventLoop;
import org.factcheck.ui.tests.harness.SeedProject;
import org.factcheck.ui.tests.harness.Verifications;
import org.factcheck.ui.verification.VerificationJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verification as a background job: progress per claim, cancel, verification on save. */
class VerificationJobTest {

	/** Records the progress the verification job reports. */
	private static final class RecordingMonitor extends NullProgressMonitor {
		final List<String> subTasks = new CopyOnWriteArrayList<>();
		volatile int total;
		volatile double worked;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}

	@RegisterExtension
	final SeedProject seeds = SeedProject.perTest("job-test");

	private IProject project;
	private IFile claims;

	@BeforeEach
	void claimFile() {
		project = seeds.project();
		claims = seeds.claims();
	}

	@AfterEach
	void verifyOnSaveAgain() {
		FactcheckUi.getDefault().getPreferenceStore().setToDefault(FactcheckPreferences.VERIFY_ON_SAVE);
	}

	@Test
	void reportsProgressPerClaim() {
		RecordingMonitor monitor = recordProgress();
		try {
			Verifications.verify(claims);
		} finally {
			restoreProgress();
		}
		List<String> verified = monitor.subTasks.stream().filter(task -> task.startsWith("Verified ")).toList();
		assertEquals(8, verified.size(), "one progress step per claim: " + monitor.subTasks);
		assertTrue(verified.stream().allMatch(task -> task.matches("Verified \\w+ \\([1-8] of 8\\)")), verified.toString());
		assertEquals(monitor.total, monitor.worked, 0.01, "the job's work is done");
	}

	@Test
	void cancellingLeavesTheLastResultsAndMarkers() throws Exception {
		Verifications.verify(claims);
		FileVerification before = FactcheckUi.getDefault().results().of(claims).orElseThrow();
		long markers = claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO).length;

		// A file with many claims, so that there is time to cancel.
		StringBuilder many = new StringBuilder("corpus \"corpus\"\n");
		for (int i = 0; i < 400; i++) {
			many.append("claim c").append(i).append(" \"In Südkorea sind ").append(18_000 + i)
					.append(" US-Soldaten stationiert.\"\n");
		}
		IFile big = project.getFile("many.claims");
		FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.VERIFY_ON_SAVE, false);
		big.create(new ByteArrayInputStream(many.toString().getBytes(StandardCharsets.UTF_8)), true, null);

		RecordingMonitor monitor = recordProgress();
		AtomicReference<IStatus> result = new AtomicReference<>();
		JobChangeAdapter listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob() instanceof VerificationJob) {
					result.set(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			FactcheckUi.getDefault().verification().request(List.of(big, claims), CostClass.EXPENSIVE);
			EventLoop.waitUntil("the first verified claim", Duration.ofMinutes(2),
					() -> monitor.subTasks.stream().anyMatch(task -> task.startsWith("Verified ")));
			Job.getJobManager().cancel(VerificationJob.FAMILY);
			Verifications.awaitIdle();
			// the job manager forgets a job before it tells its listeners that it is done
			EventLoop.waitUntil("the cancelled job's result", Duration.ofSeconds(30), () -> result.get() != null);
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
			restoreProgress();
		}
		assertEquals(IStatus.CANCEL, result.get().getSeverity());
		assertTrue(FactcheckUi.getDefault().results().of(big).isEmpty(), "nothing published for the cancelled file");
		assertTrue(FactcheckUi.getDefault().results().of(claims).orElseThrow() == before, "the last result stays");
		assertEquals(markers, claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO).length);
		assertEquals(0, big.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO).length);
		assertTrue(monitor.subTasks.stream().filter(task -> task.startsWith("Verified ")).count() < 400,
				"cancelled before the end");
	}

	@Test
	void savingAClaimFileVerifiesItUnlessThePreferenceSaysNo() throws Exception {
		Instant saved = Instant.now();
		String text = ClaimSelections.read(claims);
		claims.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		Verifications.awaitResults(saved, claims);
		assertEquals(8, FactcheckUi.getDefault().results().of(claims).orElseThrow().claims().size());
		assertEquals(8, claims.findMarkers(VerdictMarker.TYPE, false, IResource.DEPTH_ZERO).length);

		FactcheckUi.getDefault().getPreferenceStore().setValue(FactcheckPreferences.VERIFY_ON_SAVE, false);
		Instant last = FactcheckUi.getDefault().results().of(claims).orElseThrow().finished();
		claims.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
		EventLoop.run(Duration.ofSeconds(2));
		Verifications.awaitIdle();
		assertEquals(last, FactcheckUi.getDefault().results().of(claims).orElseThrow().finished(), "not verified again");
	}

	/** Gives the workbench its progress reporting back (its progress service is the job manager's provider). */
	private static void restoreProgress() {
		Object workbench = PlatformUI.getWorkbench().getProgressService();
		Job.getJobManager().setProgressProvider(workbench instanceof ProgressProvider provider ? provider : null);
	}

	private RecordingMonitor recordProgress() {
		RecordingMonitor monitor = new RecordingMonitor();
		Job.getJobManager().setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job job) {
				return job instanceof VerificationJob ? monitor : new NullProgressMonitor();
			}

			@Override
			public IProgressMonitor getDefaultMonitor() {
				return new NullProgressMonitor();
			}
		});
		return monitor;
	}
}
