package org.factcheck.cli.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.factcheck.cli.labelled.LabelledClaimReader;
import org.factcheck.cli.options.OutputOptions;
import org.factcheck.cli.report.DisplayPath;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Turns a labelled claims file into a claim file that the IDE and 'verify' can use. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = "Render labelled claims (JSON lines as for 'eval') as a .claims file: one claim per line of input, with its citations, quotes, as-of date and the label as 'expect'.")
public final class RenderCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Labelled claims, one JSON object per line.")
	Path gold;

	@Option(names = "--corpus", paramLabel = "DIR",
			description = "Write a 'corpus' line pointing at DIR (relative to the output file when --out is given).")
	Path corpus;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the claim file to FILE instead of standard output.")
	Path out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		LabelledClaimReader.Result read = new LabelledClaimReader().read(gold);
		Optional<String> corpusLine = Optional.ofNullable(corpus).map(this::corpusLine);
		String text = new ClaimFileWriter().write(read.claims(), corpusLine, gold.getFileName().toString());
		OutputOptions destination = new OutputOptions();
		try (PrintWriter writer = out == null ? destination.open(spec.commandLine().getOut())
				: new PrintWriter(java.nio.file.Files.newBufferedWriter(out))) {
			writer.print(text);
		}
		DisplayPath paths = new DisplayPath(Path.of(""));
		read.problems().forEach(p -> spec.commandLine().getErr().println(p.format(paths.show(p.file()))));
		spec.commandLine().getErr().flush();
		return read.problems().isEmpty() ? 0 : 2;
	}

	private String corpusLine(Path directory) {
		if (out == null) {
			return directory.toAbsolutePath().normalize().toString();
		}
		Path base = out.toAbsolutePath().normalize().getParent();
		return base.relativize(directory.toAbsolutePath().normalize()).toString();
	}
}
