package org.factcheck.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.cli.labelled.LabelledClaim;
import org.factcheck.cli.report.DisplayPath;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes evaluation results as text for people or JSON for tools. */
final class EvalReport {

	/** A labelled claim with the product's result. */
	record Scored(LabelledClaim labelled, VerifiedClaim verified) {
	}

	private final EvalMetrics metrics;
	private final List<Scored> scored;
	private final List<InputProblem> problems;
	private final DisplayPath paths;

	EvalReport(EvalMetrics metrics, List<Scored> scored, List<InputProblem> problems, DisplayPath paths) {
		this.metrics = metrics;
		this.scored = scored;
		this.problems = problems;
		this.paths = paths;
	}

	void writeText(PrintWriter out) {
		out.printf(Locale.ROOT, "Accuracy  %.3f (%d/%d)%n", metrics.accuracy(), metrics.correct(), metrics.total());
		out.printf(Locale.ROOT, "Macro-F1  %.3f%n%n", metrics.macroF1());
		out.println("Confusion matrix (rows: gold, columns: predicted)");
		out.printf(Locale.ROOT, "%-13s", "");
		for (Verdict predicted : Verdict.values()) {
			out.printf(Locale.ROOT, "%13s", predicted.label());
		}
		out.println();
		metrics.confusion().forEach((gold, row) -> {
			out.printf(Locale.ROOT, "%-13s", gold.label());
			row.values().forEach(count -> out.printf(Locale.ROOT, "%13d", count));
			out.println();
		});
		out.println();
		out.println("Per class     precision  recall     f1  support");
		metrics.perClass().forEach((verdict, s) -> out.printf(Locale.ROOT, "%-13s %9.3f %7.3f %6.3f %8d%n",
				verdict.label(), s.precision(), s.recall(), s.f1(), s.support()));
		out.println();
		out.println("Per category  correct  accuracy");
		metrics.perCategory().forEach((category, s) -> out.printf(Locale.ROOT, "%-13s %4d/%-3d %8.3f%n", category,
				s.correct(), s.total(), s.accuracy()));
		writeReliability(out, "Calibration of the deciding findings (one per decided claim: right when the verdict is)",
				decidingReliability());
		writeReliability(out, "Calibration of all assessments that support or contradict (right when the label agrees)",
				findingReliability());
		List<Scored> misses = misses();
		out.println();
		out.println(misses.isEmpty() ? "No misses." : "Misses (" + misses.size() + ")");
		for (Scored miss : misses) {
			LabelledClaim labelled = miss.labelled();
			out.printf(Locale.ROOT, "%s:%d: %s [%s] gold %s, got %s — %s%n", paths.show(miss.verified().source().location().file()),
					labelled.line(), labelled.claim().name(), labelled.category().orElse("-"), labelled.gold().label(),
					miss.verified().result().verdictValue().label(), miss.verified().result().verdict().reason());
			out.println("    claim: " + labelled.claim().text());
			for (Finding finding : miss.verified().result().findings()) {
				out.printf(Locale.ROOT, "    %s %s %.2f: %s%n", finding.checkerId(), finding.verdict().label(),
						finding.confidence(), finding.message());
				finding.evidence().stream().limit(2).forEach(e -> out.println("        " + e.documentId() + " @"
						+ e.start() + "-" + e.end() + ": \u201E" + e.text().replaceAll("\\s+", " ").strip() + "\u201C"));
			}
		}
		out.flush();
	}

	private static void writeReliability(PrintWriter out, String title, ReliabilityTable table) {
		out.println();
		out.println(title);
		out.println("confidence     count  mean conf.  right");
		for (ReliabilityTable.Bin bin : table.bins()) {
			out.printf(Locale.ROOT, "%.1f-%.1f %10d %11.3f %6.3f%n", bin.from(), bin.to(), bin.count(), bin.meanConfidence(),
					bin.accuracy());
		}
		out.printf(Locale.ROOT, "expected calibration error %.3f over %d%n", table.expectedCalibrationError(), table.total());
	}

	/** The finding that decided each supported or conflicting verdict, right when the verdict matches the label. */
	ReliabilityTable decidingReliability() {
		List<ReliabilityTable.Prediction> predictions = new ArrayList<>();
		for (Scored one : scored) {
			one.verified().result().verdict().deciding().ifPresent(finding -> predictions.add(new ReliabilityTable.Prediction(
					finding.confidence(), one.verified().result().verdictValue() == one.labelled().gold())));
		}
		return new ReliabilityTable(predictions);
	}

	/** Every assessment that supports or contradicts the claim, right when its verdict matches the label. */
	ReliabilityTable findingReliability() {
		List<ReliabilityTable.Prediction> predictions = new ArrayList<>();
		for (Scored one : scored) {
			for (Finding finding : one.verified().result().findings()) {
				if (finding.kind() == FindingKind.ASSESSMENT && finding.verdict() != Verdict.UNSOURCED) {
					predictions.add(new ReliabilityTable.Prediction(finding.confidence(),
							finding.verdict() == one.labelled().gold()));
				}
			}
		}
		return new ReliabilityTable(predictions);
	}

	private static void writeReliability(ObjectNode root, String name, ReliabilityTable table) {
		ObjectNode node = root.putObject(name);
		node.put("expectedCalibrationError", round(table.expectedCalibrationError()));
		node.put("count", table.total());
		ArrayNode bins = node.putArray("bins");
		table.bins().forEach(bin -> bins.addObject().put("from", round(bin.from())).put("to", round(bin.to()))
				.put("count", bin.count()).put("meanConfidence", round(bin.meanConfidence()))
				.put("accuracy", round(bin.accuracy())));
	}

	void writeJson(PrintWriter out) throws IOException {
		ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = mapper.createObjectNode();
		root.put("total", metrics.total());
		root.put("correct", metrics.correct());
		root.put("accuracy", round(metrics.accuracy()));
		root.put("macroF1", round(metrics.macroF1()));
		ObjectNode confusion = root.putObject("confusion");
		metrics.confusion().forEach((gold, row) -> {
			ObjectNode r = confusion.putObject(gold.label());
			row.forEach((predicted, count) -> r.put(predicted.label(), count));
		});
		ObjectNode perClass = root.putObject("perClass");
		metrics.perClass().forEach((verdict, s) -> perClass.putObject(verdict.label()).put("precision", round(s.precision()))
				.put("recall", round(s.recall())).put("f1", round(s.f1())).put("support", s.support()));
		ObjectNode categories = root.putObject("categories");
		metrics.perCategory().forEach((category, s) -> categories.putObject(category).put("correct", s.correct())
				.put("total", s.total()).put("accuracy", round(s.accuracy())));
		ObjectNode calibration = root.putObject("calibration");
		writeReliability(calibration, "deciding", decidingReliability());
		writeReliability(calibration, "findings", findingReliability());
		ArrayNode misses = root.putArray("misses");
		for (Scored miss : misses()) {
			ObjectNode node = misses.addObject();
			node.put("id", miss.labelled().claim().name());
			node.put("line", miss.labelled().line());
			node.put("category", miss.labelled().category().orElse(null));
			node.put("gold", miss.labelled().gold().label());
			node.put("predicted", miss.verified().result().verdictValue().label());
			node.put("reason", miss.verified().result().verdict().reason());
			ArrayNode findings = node.putArray("findings");
			for (Finding finding : miss.verified().result().findings()) {
				ObjectNode f = findings.addObject().put("checker", finding.checkerId())
						.put("verdict", finding.verdict().label()).put("confidence", round(finding.confidence()))
						.put("message", finding.message());
				ArrayNode evidence = f.putArray("evidence");
				finding.evidence().forEach(e -> evidence.addObject().put("document", e.documentId())
						.put("start", e.start()).put("end", e.end()).put("text", e.text()));
			}
		}
		ArrayNode results = root.putArray("results");
		for (Scored one : scored) {
			ObjectNode node = results.addObject();
			node.put("id", one.labelled().claim().name());
			node.put("gold", one.labelled().gold().label());
			node.put("predicted", one.verified().result().verdictValue().label());
			ArrayNode findings = node.putArray("findings");
			for (Finding finding : one.verified().result().findings()) {
				findings.addObject().put("checker", finding.checkerId()).put("kind", finding.kind().name().toLowerCase(Locale.ROOT))
						.put("verdict", finding.verdict().label()).put("confidence", round(finding.confidence()))
						.put("document", finding.documentId()).put("message", finding.message());
			}
		}
		ArrayNode problemNodes = root.putArray("problems");
		problems.forEach(p -> problemNodes.addObject().put("file", paths.show(p.file())).put("line", p.line())
				.put("column", p.column()).put("message", p.message()));
		mapper.writeValue(out, root);
		out.println();
		out.flush();
	}

	private List<Scored> misses() {
		return scored.stream().filter(s -> s.labelled().gold() != s.verified().result().verdictValue()).toList();
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
