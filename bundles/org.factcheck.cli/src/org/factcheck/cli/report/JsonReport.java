package org.factcheck.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.Verdict;
import org.factcheck.corpus.Document;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.CheckerProblem;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report:
 * {@code {"claims":[{"name","file","line","verdict","expected","reason","findings":[{"checker","kind",
 * "verdict","confidence","message","evidence":[{"document","start","end","text"}]}]}],
 * "summary":{"supported","conflicting","unsourced"},"problems":[{"file","line","column","message"}],
 * "documents":{ID:{"title","url","publisher","published","author","section","file","line"?}}}}; evidence on a page
 * of a PDF also has its {@code "page"}.
 * Verdicts are lower case; {@code expected} is null when the claim states none. A checker that
 * failed is one problem with the location of the first claim it failed on and, in addition,
 * {@code "checker"}, {@code "claim"}, {@code "failure"} (threw, timed out, abandoned, malformed,
 * unavailable) and {@code "claims"} (how many claims it failed on).
 */
public final class JsonReport {

	private final DisplayPath paths;
	private final ReportSources sources;
	private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public JsonReport(DisplayPath paths) {
		this(paths, ReportSources.none());
	}

	/**
	 * With {@code sources}, evidence on a page of a PDF has its {@code page}, and the report lists the
	 * metadata of every document the claims cite or take evidence from under {@code documents}.
	 */
	public JsonReport(DisplayPath paths, ReportSources sources) {
		this.paths = paths;
		this.sources = sources;
	}

	public void write(BatchReport report, Writer out) throws IOException {
		mapper.writeValue(out, toJson(report));
	}

	public ObjectNode toJson(BatchReport report) {
		ObjectNode root = mapper.createObjectNode();
		ArrayNode claims = root.putArray("claims");
		report.claims().forEach(claim -> claims.add(claim(claim)));
		ObjectNode summary = root.putObject("summary");
		for (Map.Entry<Verdict, Integer> count : report.summary().entrySet()) {
			summary.put(count.getKey().label(), count.getValue());
		}
		ArrayNode problems = root.putArray("problems");
		report.problems().forEach(problem -> problems.add(problem(problem)));
		report.checkerProblems().forEach(problem -> problems.add(checkerProblem(problem)));
		ObjectNode documents = mapper.createObjectNode();
		for (VerifiedClaim claim : report.claims()) {
			for (Document document : sources.documents(claim)) {
				if (!documents.has(document.getId())) {
					documents.set(document.getId(), document(document));
				}
			}
		}
		if (!documents.isEmpty()) {
			root.set("documents", documents);
		}
		return root;
	}

	private ObjectNode claim(VerifiedClaim claim) {
		ObjectNode node = mapper.createObjectNode();
		node.put("name", claim.source().claim().name());
		node.put("file", paths.show(claim.source().location().file()));
		node.put("line", claim.source().location().line());
		node.put("verdict", claim.result().verdictValue().label());
		node.put("expected", claim.source().expected().map(Verdict::label).orElse(null));
		node.put("reason", claim.result().verdict().reason());
		ArrayNode findings = node.putArray("findings");
		claim.result().findings().forEach(finding -> findings.add(finding(claim, finding)));
		if (!claim.result().errors().isEmpty()) {
			ArrayNode errors = node.putArray("errors");
			claim.result().errors().forEach(errors::add);
		}
		return node;
	}

	private ObjectNode finding(VerifiedClaim claim, Finding finding) {
		ObjectNode node = mapper.createObjectNode();
		node.put("checker", finding.checkerId());
		node.put("kind", finding.kind().name().toLowerCase());
		node.put("verdict", finding.verdict().label());
		node.put("confidence", Math.round(finding.confidence() * 100) / 100.0);
		node.put("message", finding.message());
		ArrayNode evidence = node.putArray("evidence");
		finding.evidence().forEach(passage -> evidence.add(evidence(claim, passage)));
		return node;
	}

	private ObjectNode evidence(VerifiedClaim claim, Evidence evidence) {
		ObjectNode node = mapper.createObjectNode();
		node.put("document", evidence.documentId());
		node.put("start", evidence.start());
		node.put("end", evidence.end());
		node.put("text", evidence.text());
		sources.page(claim, evidence).ifPresent(page -> node.put("page", page.getLabel()));
		return node;
	}

	private ObjectNode document(Document document) {
		ObjectNode node = mapper.createObjectNode();
		node.put("title", document.getTitle());
		node.put("url", document.getUrl());
		node.put("publisher", document.getPublisher());
		node.put("published", document.getPublished() == null ? null : document.getPublished().toString());
		node.put("author", document.getAuthor());
		node.put("section", document.getSection());
		node.put("file", document.getPath() == null ? null : paths.show(Path.of(document.getPath())));
		if (document.getSourceLine() > 0) {
			node.put("line", document.getSourceLine());
		}
		return node;
	}

	/** A failed checker, once: where its first failing claim is, the checker, the claim and the reason. */
	private ObjectNode checkerProblem(CheckerProblem problem) {
		ObjectNode node = mapper.createObjectNode();
		node.put("file", paths.show(problem.claim().location().file()));
		node.put("line", problem.claim().location().line());
		node.put("column", problem.claim().location().column());
		node.put("message", problem.message());
		node.put("checker", problem.checkerId());
		node.put("claim", problem.first().claimName());
		node.put("failure", problem.first().kind().label());
		node.put("claims", problem.claims());
		return node;
	}

	private ObjectNode problem(InputProblem problem) {
		ObjectNode node = mapper.createObjectNode();
		node.put("file", paths.show(problem.file()));
		node.put("line", problem.line());
		node.put("column", problem.column());
		node.put("message", problem.message());
		return node;
	}
}
