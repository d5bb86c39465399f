package org.factcheck.cli.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.factcheck.cli.options.CheckerOptions;
import org.factcheck.cli.options.CorpusOptions;
import org.factcheck.cli.options.OutputOptions;
import org.factcheck.cli.report.DisplayPath;
import org.factcheck.cli.report.JsonReport;
import org.factcheck.cli.report.TextReport;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.BatchVerifier;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.LocatedClaim;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.claims.ClaimFileLoader;
import org.factcheck.engine.claims.LoadedClaimFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Verifies claim files and reports a verdict per claim. */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Verify the claims in claim files (folders are searched for *.claims) against their corpus and print one line per claim: file:line: NAME VERDICT — reason.")
public final class VerifyCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Claim files or folders.")
	List<Path> paths;

	@Mixin
	CorpusOptions corpus;

	@Mixin
	OutputOptions output;

	@Mixin
	CheckerOptions checkers;

	@Option(names = "--evidence", description = "In the text report, show the deciding passage below each claim.")
	boolean evidence;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		DisplayPath shown = new DisplayPath(Path.of(""));
		BatchVerifier verifier = checkers.verifier();

		ClaimPaths.Expanded expanded = ClaimPaths.expand(paths);
		List<InputProblem> problems = new ArrayList<>(expanded.problems());
		List<LoadedClaimFile> files = new ClaimFileLoader().load(expanded.files(), corpus.corpus(), corpus.index());

		Map<CorpusStore, List<LocatedClaim>> byCorpus = new IdentityHashMap<>();
		Map<LocatedClaim, VerifiedClaim> verified = new LinkedHashMap<>();
		for (LoadedClaimFile file : files) {
			problems.addAll(file.problems());
			file.warnings().forEach(w -> err.println(w.format(shown.show(w.file())).replaceFirst(": ", ": warning: ")));
			file.corpus().ifPresent(store -> byCorpus.computeIfAbsent(store, s -> new ArrayList<>()).addAll(file.claims()));
		}
		for (Map.Entry<CorpusStore, List<LocatedClaim>> group : byCorpus.entrySet()) {
			group.getKey().problems().forEach(p -> problems
					.add(new InputProblem(p.file(), p.line(), p.column(), p.message())));
			List<VerifiedClaim> results = verifier.verify(group.getValue(), group.getKey());
			results.forEach(result -> verified.put(result.source(), result));
		}
		List<VerifiedClaim> inFileOrder = new ArrayList<>();
		for (LoadedClaimFile file : files) {
			file.claims().stream().map(verified::get).filter(v -> v != null).forEach(inFileOrder::add);
		}
		BatchReport report = new BatchReport(inFileOrder, problems.stream().distinct().toList());

		try (PrintWriter out = output.open(spec.commandLine().getOut())) {
			if (output.format() == OutputOptions.Format.json) {
				new JsonReport(shown).write(report, out);
				out.println();
			} else {
				new TextReport(shown, evidence).write(report, out);
			}
		}
		report.problems().forEach(p -> err.println(p.format(shown.show(p.file()))));
		report.checkerProblems().forEach(problem -> err.println(problem.format(shown.show(problem.claim().location().file()))));
		err.flush();
		return report.exitCode();
	}
}
