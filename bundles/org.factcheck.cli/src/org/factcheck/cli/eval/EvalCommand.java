package org.factcheck.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.factcheck.checker.Citation;
import org.factcheck.cli.labelled.LabelledClaim;
import org.factcheck.cli.labelled.LabelledClaimReader;
import org.factcheck.cli.options.CheckerOptions;
import org.factcheck.cli.options.CorpusOptions;
import org.factcheck.cli.options.OutputOptions;
import org.factcheck.cli.progress.TerminalProgress;
import org.factcheck.cli.report.DisplayPath;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.run.CheckerWarmUp;
import org.factcheck.engine.batch.CheckerProblem;
import org.factcheck.engine.batch.ClaimLocation;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs labelled claims and reports how often the product agrees with the labels. */
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = "Verify the claims of a labelled file (JSON lines: id, text, cites, asof, gold, cat) and report accuracy, macro-F1, the confusion matrix, per-category accuracy and every miss with its evidence.")
public final class EvalCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Labelled claims, one JSON object per line.")
	Path gold;

	@Mixin
	CorpusOptions corpus;

	@Mixin
	OutputOptions output;

	@Mixin
	CheckerOptions checkers;

	@Option(names = "--min-accuracy", paramLabel = "A",
			description = "Exit with 1 when the accuracy is below A (0 to 1), e.g. to guard a CI pipeline.")
	Double minAccuracy;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		DisplayPath paths = new DisplayPath(Path.of(""));
		if (corpus.corpus().isEmpty()) {
			err.println("factcheck eval: --corpus DIR is required (the corpus the labelled claims cite)");
			return 2;
		}
		if (output.format() != OutputOptions.Format.text && output.format() != OutputOptions.Format.json) {
			err.println("factcheck eval: --format " + output.format() + " is for verify; eval writes text or json");
			return 2;
		}
		TerminalProgress progress = TerminalProgress.fromSystem(err);
		LabelledClaimReader.Result read = new LabelledClaimReader().read(gold);
		List<InputProblem> problems = new ArrayList<>(read.problems());
		BatchVerifier verifier = checkers.verifier();

		List<EvalReport.Scored> scored = new ArrayList<>();
		Path corpusDirectory = corpus.corpus().get();
		if (!java.nio.file.Files.isDirectory(corpusDirectory)) {
			err.println("factcheck eval: corpus folder not found: " + corpusDirectory);
			return 2;
		}
		// the checkers load their models on the second core while this thread opens the corpus
		try (CheckerWarmUp warmUp = read.claims().isEmpty() ? null : verifier.warmUp();
				CorpusStore store = CorpusStore.open(corpusDirectory,
						corpus.storeOptions(corpusDirectory).withProgress(progress.imports(paths::show)))) {
			store.problems().forEach(p -> problems.add(new InputProblem(p.file(), p.line(), p.column(), p.message())));
			List<LabelledClaim> runnable = new ArrayList<>();
			for (LabelledClaim labelled : read.claims()) {
				Optional<String> unknown = labelled.claim().citations().stream().map(Citation::documentId)
						.filter(id -> store.document(id).isEmpty()).findFirst();
				if (unknown.isPresent()) {
					problems.add(new InputProblem(gold, labelled.line(), 1, "claim " + labelled.claim().name()
							+ " cites unknown document '" + unknown.get() + "'; not evaluated"));
				} else {
					runnable.add(labelled);
				}
			}
			List<LocatedClaim> located = runnable.stream().map(l -> new LocatedClaim(l.claim(),
					new ClaimLocation(gold, l.line(), 1), Optional.of(l.gold()))).toList();
			TerminalProgress.Task task = progress.start("Verifying " + paths.show(gold), "claims", located.size());
			List<VerifiedClaim> verified = verifier.verify(located, store, () -> false, task.counter());
			task.finish();
			for (int i = 0; i < runnable.size(); i++) {
				scored.add(new EvalReport.Scored(runnable.get(i), verified.get(i)));
			}
		}
		EvalMetrics metrics = new EvalMetrics(scored.stream()
				.map(s -> new EvalMetrics.Outcome(s.labelled().claim().name(), s.labelled().category().orElse("-"),
						s.labelled().gold(), s.verified().result().verdictValue()))
				.toList());
		EvalReport report = new EvalReport(metrics, scored, problems, paths);
		output.write(spec.commandLine().getOut(), out -> {
			if (output.format() == OutputOptions.Format.json) {
				report.writeJson(out);
			} else {
				report.writeText(out);
			}
		});
		problems.forEach(p -> err.println(p.format(paths.show(p.file()))));
		List<CheckerProblem> failed = new BatchReport(scored.stream().map(EvalReport.Scored::verified).toList(), List.of())
				.checkerProblems();
		failed.forEach(p -> err.println(p.format(paths.show(p.claim().location().file()))));
		err.flush();
		if (!failed.isEmpty()) {
			return 3;
		}
		if (!problems.isEmpty()) {
			return 2;
		}
		return minAccuracy != null && metrics.accuracy() < minAccuracy ? 1 : 0;
	}
}
