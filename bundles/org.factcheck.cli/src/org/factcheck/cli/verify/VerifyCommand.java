package org.factcheck.cli.verify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.factcheck.cli.options.CheckerOptions;
import org.factcheck.cli.options.ClaimReviewOptions;
import org.factcheck.cli.options.CorpusOptions;
import org.factcheck.cli.options.OutputOptions;
import org.factcheck.cli.progress.TerminalProgress;
import org.factcheck.cli.report.DisplayPath;
import org.factcheck.cli.report.JsonReport;
import org.factcheck.cli.report.ReportContext;
import org.factcheck.cli.report.ReportSources;
import org.factcheck.cli.report.ReportWriter;
import org.factcheck.cli.report.TextReport;
import org.factcheck.cli.report.claimreview.ClaimReviewReport;
import org.factcheck.cli.report.html.HtmlReport;
import org.factcheck.cli.report.junit.JUnitReport;
import org.factcheck.cli.report.sarif.SarifReport;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProgress;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.run.CheckerWarmUp;
import org.factcheck.claims.corpus.CorporaOpenedAhead;
import org.factcheck.claims.corpus.StoreCorpusProvider;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.ClaimsLanguage;
import org.factcheck.engine.claims.LoadedClaimFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Verifies claim files and reports a verdict per claim. */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Verify the claims in claim files (folders are searched for *.claims) against their corpus and print one line per claim: file:line: NAME VERDICT — reason; or write a report in another format (--format).")
public final class VerifyCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Claim files or folders.")
	List<Path> paths;

	@Mixin
	CorpusOptions corpus;

	@Mixin
	OutputOptions output;

	@Mixin
	CheckerOptions checkers;

	@Mixin
	ClaimReviewOptions claimReview;

	@Option(names = "--evidence", description = "In the text report, show the deciding passage below each claim.")
	boolean evidence;

	@Spec
	CommandSpec spec;

	private ReportWriter writer(ReportContext context) {
		return switch (output.format()) {
		case text -> (report, out) -> new TextReport(context.paths(), evidence, context.sources()).write(report, new PrintWriter(out));
		case json -> (report, out) -> {
			new JsonReport(context.paths(), context.sources()).write(report, out);
			out.write(System.lineSeparator());
		};
		case sarif -> new SarifReport(context);
		case junit -> new JUnitReport(context);
		case html -> new HtmlReport(context);
		case claimreview -> new ClaimReviewReport(context, claimReview.settings());
		};
	}

	/**
	 * Whether a verify with these raw arguments has the claim language made ahead, on the second core
	 * while the options are read: unless they name claim files that all hold nothing but their corpus
	 * lines. A guess; {@link #call} makes the language when, and only when, the files need it.
	 */
	public static boolean needsClaimLanguage(String[] args) {
		return TrainingRun.active() || !CorpusOnlyFiles.namedIn(args);
	}

	@Override
	public Integer call() {
		ClaimPaths.Expanded expanded = ClaimPaths.expand(paths);
		// a training run records the classes of every run, the claim language's included
		Optional<CorpusOnlyFiles> corpusOnly = corpus.corpus().isEmpty() && !TrainingRun.active()
				? CorpusOnlyFiles.of(expanded.files())
				: Optional.empty();
		if (corpusOnly.isEmpty()) {
			ClaimsLanguage.prepareInBackground();
		}
		PrintWriter err = spec.commandLine().getErr();
		DisplayPath shown = new DisplayPath(Path.of(""));
		BatchVerifier verifier = checkers.verifier();
		// the checkers load their models on the second core while this thread reads the claims
		boolean mayHoldClaims = expanded.mayHoldClaims();
		try (CheckerWarmUp warmUp = mayHoldClaims || TrainingRun.active() ? verifier.warmUp() : null) {
			try {
				return verify(expanded, corpusOnly, mayHoldClaims, verifier, shown, err);
			} finally {
				TrainingRun.awaitPrepared(warmUp);
			}
		}
	}

	private int verify(ClaimPaths.Expanded expanded, Optional<CorpusOnlyFiles> corpusOnly, boolean mayHoldClaims,
			BatchVerifier verifier, DisplayPath shown, PrintWriter err) {
		TerminalProgress progress = TerminalProgress.fromSystem(err);
		ImportProgress imports = LongImportRelaunch
				.around(progress.enabled() ? progress.imports(shown::show) : ImportProgress.NONE);
		openCorporaAhead(expanded, imports, !mayHoldClaims);
		try {
			Optional<List<LoadedClaimFile>> loaded = corpusOnly.flatMap(files -> files.load(corpus.index()));
			if (loaded.isPresent()) {
				try {
					return verify(loaded.get(), expanded, verifier, progress, shown, err);
				} finally {
					CorpusOnlyFiles.close(loaded.get());
				}
			}
			ClaimsLanguage.injector().getInstance(StoreCorpusProvider.class).setImportProgress(imports);
			ClaimFileLoader loader = new ClaimFileLoader();
			try {
				return verify(loader.load(expanded.files(), corpus.corpus(), corpus.index()), expanded, verifier, progress, shown, err);
			} finally {
				loader.closeCorpora();
			}
		} finally {
			CorporaOpenedAhead.closeUntaken();
		}
	}

	/**
	 * Opens the corpora the claim files will most likely be checked against on this thread, while
	 * the claim language is made on the other core (see {@link CorporaOpenedAhead}); for their
	 * problems only when the files hold no claims.
	 */
	private void openCorporaAhead(ClaimPaths.Expanded expanded, ImportProgress imports, boolean problemsOnly) {
		Set<Path> folders = new LinkedHashSet<>();
		corpus.corpus().ifPresentOrElse(folders::add,
				() -> expanded.files().forEach(file -> CorpusLine.folder(file).ifPresent(folders::add)));
		folders.forEach(folder -> CorporaOpenedAhead.open(folder, corpus.index(), imports, problemsOnly));
	}

	private int verify(List<LoadedClaimFile> files, ClaimPaths.Expanded expanded, BatchVerifier verifier,
			TerminalProgress progress, DisplayPath shown, PrintWriter err) {

		List<InputProblem> problems = new ArrayList<>(expanded.problems());
		Map<CorpusStore, List<LocatedClaim>> byCorpus = new IdentityHashMap<>();
		ReportSources sources = new ReportSources();
		Map<LocatedClaim, VerifiedClaim> verified = new LinkedHashMap<>();
		for (LoadedClaimFile file : files) {
			problems.addAll(file.problems());
			file.warnings().forEach(w -> err.println(w.format(shown.show(w.file())).replaceFirst(": ", ": warning: ")));
			file.corpus().ifPresent(store -> byCorpus.computeIfAbsent(store, s -> new ArrayList<>()).addAll(file.claims()));
		}
		for (Map.Entry<CorpusStore, List<LocatedClaim>> group : byCorpus.entrySet()) {
			group.getKey().problems().forEach(p -> problems
					.add(new InputProblem(p.file(), p.line(), p.column(), p.message())));
			sources.add(group.getKey(), group.getValue());
			TerminalProgress.Task task = progress.start("Verifying against " + shown.show(group.getKey().corpusDirectory()),
					"claims", group.getValue().size());
			List<VerifiedClaim> results = verifier.verify(group.getValue(), group.getKey(), () -> false, task.counter());
			task.finish();
			results.forEach(result -> verified.put(result.source(), result));
		}
		List<VerifiedClaim> inFileOrder = new ArrayList<>();
		for (LoadedClaimFile file : files) {
			file.claims().stream().map(verified::get).filter(v -> v != null).forEach(inFileOrder::add);
		}
		BatchReport report = new BatchReport(inFileOrder, problems.stream().distinct().toList());

		ReportContext context = new ReportContext(shown, sources, checkers.registry().all(), ZonedDateTime.now());
		ReportWriter writer = writer(context);
		OutputOptions.ReportNotWritten notWritten = null;
		try {
			output.write(spec.commandLine().getOut(), out -> writer.write(report, out));
		} catch (OutputOptions.ReportNotWritten e) {
			notWritten = e;
		}
		report.problems().forEach(p -> err.println(p.format(shown.show(p.file()))));
		byCorpus.keySet().forEach(CorpusStore::flushDerivedData);
		byCorpus.keySet().stream().flatMap(store -> store.notices().stream()).distinct()
				.forEach(notice -> err.println("factcheck: note: " + notice));
		report.checkerProblems().forEach(problem -> err.println(problem.format(shown.show(problem.claim().location().file()))));
		if (notWritten != null) {
			err.println("factcheck verify: " + notWritten.getMessage());
			err.flush();
			return Math.max(2, report.exitCode());
		}
		err.flush();
		return report.exitCode();
	}
}
