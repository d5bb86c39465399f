package org.factcheck.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.policy.VerdictPolicy;

/**
 * One line per claim, {@code file:line: NAME VERDICT — reason}, below it the checkers' notes and
 * caveats (a later source's figure, a hedged source, a low-trust source), then a summary; with
 * evidence, the deciding passage below each claim.
 */
public final class TextReport {

	private final DisplayPath paths;
	private final boolean evidence;
	private final ReportSources sources;

	public TextReport(DisplayPath paths, boolean evidence) {
		this(paths, evidence, ReportSources.none());
	}

	/** With {@code sources}, a passage on a page of a PDF is shown with its page ({@code p. 12}). */
	public TextReport(DisplayPath paths, boolean evidence, ReportSources sources) {
		this.paths = paths;
		this.evidence = evidence;
		this.sources = sources;
	}

	public void write(BatchReport report, PrintWriter out) {
		for (VerifiedClaim claim : report.claims()) {
			out.println(line(claim));
			notes(claim).forEach(note -> out.println("    " + note));
			if (evidence) {
				claim.result().verdict().deciding().flatMap(f -> f.evidence().stream().findFirst())
						.ifPresent(passage -> out.println("    " + Passage.located(sources, claim, passage)));
			}
		}
		out.println(summary(report));
		out.flush();
	}

	String line(VerifiedClaim claim) {
		StringBuilder line = new StringBuilder();
		line.append(paths.show(claim.source().location().file())).append(':').append(claim.source().location().line())
				.append(": ").append(claim.source().claim().name()).append(' ')
				.append(claim.result().verdictValue().label()).append(" — ").append(claim.result().verdict().reason());
		if (!claim.meetsExpectation()) {
			line.append(" [expected ").append(claim.source().expected().orElseThrow().label()).append(']');
		}
		return line.toString();
	}

	/** {@code note: MESSAGE [CHECKER]} for each note or caveat of a checker that is not already the reason. */
	static List<String> notes(VerifiedClaim claim) {
		String reason = claim.result().verdict().reason();
		return claim.result().findings().stream()
				.filter(f -> (f.kind() == FindingKind.NOTE || f.kind() == FindingKind.CAVEAT)
						&& !f.checkerId().equals(VerdictPolicy.POLICY_ID) && !f.message().equals(reason))
				.map(f -> f.kind().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " [" + f.checkerId() + "]").toList();
	}

	static String summary(BatchReport report) {
		Map<Verdict, Integer> counts = report.summary();
		String verdicts = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
				.collect(Collectors.joining(", "));
		StringBuilder summary = new StringBuilder();
		int total = report.claims().size();
		summary.append(total).append(total == 1 ? " claim: " : " claims: ").append(verdicts);
		int unmet = report.unmetExpectations().size();
		if (unmet > 0) {
			summary.append("; ").append(unmet).append(unmet == 1 ? " expectation failed" : " expectations failed");
		}
		if (!report.problems().isEmpty()) {
			summary.append("; ").append(report.problems().size())
					.append(report.problems().size() == 1 ? " input problem" : " input problems");
		}
		int failed = report.checkerProblems().size();
		if (failed > 0) {
			summary.append("; ").append(failed).append(failed == 1 ? " checker failed" : " checkers failed");
		}
		return summary.append('.').toString();
	}
}
