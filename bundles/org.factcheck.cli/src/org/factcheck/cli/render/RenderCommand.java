package org.factcheck.cli.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.factcheck.checker.Citation;
import org.factcheck.claims.claims.Verdict;
import org.factcheck.claims.writing.ClaimFileWriter;
import org.factcheck.claims.writing.ClaimFileWriter.WrittenCitation;
import org.factcheck.claims.writing.ClaimFileWriter.WrittenClaim;
import org.factcheck.cli.labelled.LabelledClaim;
import org.factcheck.cli.labelled.LabelledClaimReader;
import org.factcheck.cli.report.DisplayPath;
import org.factcheck.cli.report.ReportFiles;
import org.factcheck.engine.claims.ClaimsLanguage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Turns a labelled claims file into a claim file that the IDE and 'verify' can use. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = "Render labelled claims (JSON lines as for 'eval') as a .claims file: one claim per input line, with its citations, quotes, as-of date, the label as 'expect' and the category as a comment.")
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
		ClaimNames names = new ClaimNames();
		List<WrittenClaim> claims = read.claims().stream().map(labelled -> written(labelled, names)).toList();
		ClaimFileWriter writer = ClaimsLanguage.injector().getInstance(ClaimFileWriter.class);
		String text = "// Rendered from " + gold.getFileName() + " by ./factcheck render\n"
				+ writer.write(Optional.ofNullable(corpus).map(this::corpusLine), claims);
		if (out == null) {
			spec.commandLine().getOut().print(text);
			spec.commandLine().getOut().flush();
		} else {
			try {
				ReportFiles.write(out, file -> file.print(text));
			} catch (IOException e) {
				throw new IOException("cannot write " + out + ": " + ReportFiles.reason(e), e);
			}
		}
		DisplayPath paths = new DisplayPath(Path.of(""));
		PrintWriter err = spec.commandLine().getErr();
		read.problems().forEach(p -> err.println(p.format(paths.show(p.file()))));
		err.flush();
		return read.problems().isEmpty() ? 0 : 2;
	}

	private static WrittenClaim written(LabelledClaim labelled, ClaimNames names) {
		List<WrittenCitation> citations = labelled.claim().citations().stream()
				.map((Citation c) -> new WrittenCitation(c.documentId(), c.quote())).toList();
		Optional<String> comment = Optional.of(labelled.claim().name() + labelled.category().map(c -> " · " + c).orElse(""));
		return new WrittenClaim(names.nameFor(labelled.claim().name()), labelled.claim().text(), citations,
				labelled.claim().asOf(), Optional.of(Verdict.get(labelled.gold().label())), comment);
	}

	private String corpusLine(Path directory) {
		Path target = directory.toAbsolutePath().normalize();
		if (out == null) {
			return target.toString();
		}
		return out.toAbsolutePath().normalize().getParent().relativize(target).toString();
	}
}
