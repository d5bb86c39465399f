package org.factcheck.ui.verification;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.factcheck.checker.CostClass;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.LoadedClaimFile;
import org.factcheck.engine.registry.CheckerRegistry;
import org.factcheck.engine.run.VerificationEngine;
import org.factcheck.ui.FactcheckUi;
import org.factcheck.ui.claims.ClaimDocuments;
import org.factcheck.ui.claims.ClaimSelections;
import org.factcheck.ui.claims.ParsedClaims;
import org.factcheck.ui.markers.VerdictMarkers;
import org.factcheck.ui.results.FileVerification;

/**
 * Verifies claim files in the background with the command line's engine: loads them with the
 * claim language (which opens each corpus once for the workbench), verifies their claims with the
 * checkers the preferences enable, reporting progress per claim, then publishes each file's
 * result and updates its verdict markers. Requests that arrive while it runs are verified next;
 * cancelling leaves the previous results and markers as they were.
 */
public final class VerificationJob extends Job {

	/** The family of verification jobs, to wait for or cancel them. */
	public static final Object FAMILY = VerificationJob.class;

	private final Map<IFile, CostClass> pending = new LinkedHashMap<>();
	private volatile Duration lastDuration = Duration.ZERO;

	public VerificationJob() {
		super("Verifying claims");
		setPriority(LONG);
	}

	/** Verifies the files (again) with checkers up to {@code maxCost}, as soon as possible. */
	public void request(Iterable<IFile> files, CostClass maxCost) {
		synchronized (pending) {
			for (IFile file : files) {
				pending.merge(file, maxCost, (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** How long the last complete run took, from loading the files to the last marker. */
	public Duration lastDuration() {
		return lastDuration;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Map<IFile, CostClass> files;
		synchronized (pending) {
			files = new LinkedHashMap<>(pending);
			pending.clear();
		}
		files.keySet().removeIf(file -> !file.exists() || file.getLocation() == null);
		if (files.isEmpty()) {
			return Status.OK_STATUS;
		}
		long started = System.nanoTime();
		try {
			IStatus status = verify(files, monitor);
			lastDuration = Duration.ofNanos(System.nanoTime() - started);
			return status;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
			synchronized (pending) {
				if (!pending.isEmpty() && !monitor.isCanceled()) {
					schedule();
				}
			}
		}
	}

	private IStatus verify(Map<IFile, CostClass> files, IProgressMonitor monitor) {
		FactcheckUi plugin = FactcheckUi.getDefault();
		SubMonitor progress = SubMonitor.convert(monitor, "Verifying claims", 100);
		progress.subTask(files.size() == 1 ? "Loading " + files.keySet().iterator().next().getName()
				+ " and opening its corpus" : "Loading " + files.size() + " claim files and opening their corpora");
		Map<Path, IFile> byPath = new LinkedHashMap<>();
		files.keySet().forEach(file -> byPath.put(file.getLocation().toFile().toPath(), file));
		List<LoadedClaimFile> loaded = new ClaimFileLoader(plugin.claimsInjector())
				.load(List.copyOf(byPath.keySet()), Optional.empty(), plugin.corpora().cacheRoot());
		progress.worked(10);
		checkCancelled(progress);

		CheckerRegistry registry = plugin.checkers().registry();
		VerificationEngine engine = new VerificationEngine(registry);
		int claimCount = loaded.stream().mapToInt(file -> file.claims().size()).sum();
		SubMonitor checking = progress.split(80).setWorkRemaining(Math.max(1, claimCount));
		AtomicInteger done = new AtomicInteger();
		Map<LocatedClaim, VerifiedClaim> verified = new IdentityHashMap<>();
		for (Map.Entry<CorpusStore, List<LoadedClaimFile>> group : byCorpus(loaded).entrySet()) {
			CostClass maxCost = group.getValue().stream().map(file -> files.get(byPath.get(file.file())))
					.max(CostClass::compareTo).orElse(CostClass.NORMAL);
			BatchVerifier verifier = new BatchVerifier(engine, plugin.preferences().selection(registry, maxCost),
					Runtime.getRuntime().availableProcessors());
			List<LocatedClaim> claims = group.getValue().stream().flatMap(file -> file.claims().stream()).toList();
			for (VerifiedClaim result : verifier.verify(claims, group.getKey(), progress::isCanceled, claim -> {
				synchronized (checking) {
					checking.subTask("Verified " + claim.source().claim().name() + " (" + done.incrementAndGet() + " of "
							+ claimCount + ")");
					checking.worked(1);
				}
			})) {
				verified.put(result.source(), result);
			}
			group.getKey().flushDerivedData();
		}
		checkCancelled(progress);

		SubMonitor publishing = progress.split(10).setWorkRemaining(loaded.size());
		MultiStatus status = new MultiStatus(FactcheckUi.PLUGIN_ID, 0, "Verification results could not all be shown");
		Instant finished = Instant.now();
		ClaimDocuments documents = plugin.claimDocuments();
		for (LoadedClaimFile file : loaded) {
			IFile resource = byPath.get(file.file());
			List<VerifiedClaim> results = file.claims().stream().map(verified::get).filter(v -> v != null).toList();
			List<InputProblem> problems = new ArrayList<>(file.problems());
			if (file.corpus().isEmpty() && !file.claims().isEmpty()) {
				problems.add(new InputProblem(file.file(), 0, 0,
						"no corpus to verify against: name its folder with a corpus line, e.g. corpus \"corpus\""));
			}
			file.corpus().ifPresent(store -> store.problems().forEach(problem -> problems
					.add(new InputProblem(problem.file(), problem.line(), problem.column(), problem.message()))));
			plugin.results().publish(new FileVerification(resource, results, problems, finished, file.corpus()));
			try {
				ParsedClaims text = documents.parse(ClaimSelections.read(resource));
				VerdictMarkers.update(resource, results, text, publishing.split(1));
			} catch (CoreException | IOException e) {
				status.add(Status.error("Cannot update the verdict markers of " + resource.getFullPath(), e));
			}
		}
		return status.isOK() ? Status.OK_STATUS : status;
	}

	/** The files of each corpus, in the order met; files without a corpus are left out. */
	private static Map<CorpusStore, List<LoadedClaimFile>> byCorpus(List<LoadedClaimFile> files) {
		Map<CorpusStore, List<LoadedClaimFile>> groups = new IdentityHashMap<>();
		Set<CorpusStore> order = new LinkedHashSet<>();
		for (LoadedClaimFile file : files) {
			file.corpus().ifPresent(store -> {
				order.add(store);
				groups.computeIfAbsent(store, s -> new ArrayList<>()).add(file);
			});
		}
		Map<CorpusStore, List<LoadedClaimFile>> ordered = new LinkedHashMap<>();
		order.forEach(store -> ordered.put(store, groups.get(store)));
		return ordered;
	}

	private static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new CancellationException();
		}
	}
}
