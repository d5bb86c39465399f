package org.factcheck.cli.report.sarif;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.cli.report.Passage;
import org.factcheck.cli.report.ReportContext;
import org.factcheck.cli.report.JsonReportWriter;
import org.factcheck.corpus.Document;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;
import org.factcheck.engine.registry.CheckerDescriptor;
import org.factcheck.text.LinePosition;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, the static analysis format CI systems show inline: one result per claim that is not
 * supported or whose expectation fails, at the claim's line; the rule is the checker whose finding
 * decided the verdict ({@value #UNSOURCED_RULE} when nothing did, {@value #INPUT_RULE} for bad
 * input); the level follows the verdict (conflicting: error, unsourced: warning, supported: note)
 * and a failed expectation is always an error; evidence passages are related locations in the
 * documents. Files below the working directory are given relative to {@code SRCROOT}.
 */
public final class SarifReport extends JsonReportWriter {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	public static final String UNSOURCED_RULE = "org.factcheck.engine.unsourced";
	public static final String INPUT_RULE = "org.factcheck.input";
	private static final String SRCROOT = "SRCROOT";

	private final ReportContext context;
	private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();

	public SarifReport(ReportContext context) {
		this.context = context;
	}

	@Override
	public ObjectNode toJson(BatchReport report) {
		ObjectNode root = mapper.createObjectNode();
		root.put("$schema", SCHEMA);
		root.put("version", "2.1.0");
		ObjectNode run = root.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "factcheck");
		driver.put("fullName", "Factcheck IDE claim verification");
		driver.put("version", "0.1.0");
		driver.put("semanticVersion", "0.1.0");
		rules(driver.putArray("rules"));
		run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri",
				Path.of("").toAbsolutePath().toUri().toString());
		ObjectNode invocation = run.putArray("invocations").addObject();
		invocation.put("executionSuccessful", report.claims().stream().allMatch(c -> c.result().errors().isEmpty()));
		invocation.put("endTimeUtc", context.time().toInstant().toString());
		ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
		ArrayNode results = run.putArray("results");
		for (VerifiedClaim claim : report.claims()) {
			if (claim.result().verdictValue() != Verdict.SUPPORTED || !claim.meetsExpectation()) {
				results.add(result(claim));
			}
			claim.result().errors().forEach(error -> notifications.addObject().put("level", "error")
					.putObject("message").put("text", error));
		}
		report.problems().forEach(problem -> results.add(problem(problem)));
		run.put("columnKind", "unicodeCodePoints");
		return root;
	}

	private void rules(ArrayNode rules) {
		for (CheckerDescriptor checker : context.checkers()) {
			rule(rules, checker.id(), checker.name(), checker.description());
		}
		rule(rules, UNSOURCED_RULE, "Unsourced", "Nothing in the corpus states the claim or contradicts it.");
		rule(rules, INPUT_RULE, "Input problem",
				"Bad input: a syntax error, an unknown document, a missing corpus, an unreadable file.");
	}

	private void rule(ArrayNode rules, String id, String name, String description) {
		ruleIndex.put(id, rules.size());
		ObjectNode rule = rules.addObject();
		rule.put("id", id);
		rule.put("name", name.replaceAll("[^\\p{L}\\p{N}]+", ""));
		rule.putObject("shortDescription").put("text", description == null || description.isBlank() ? name : description);
	}

	private ObjectNode result(VerifiedClaim claim) {
		ObjectNode result = mapper.createObjectNode();
		Verdict verdict = claim.result().verdictValue();
		String ruleId = claim.result().verdict().deciding().map(Finding::checkerId).orElse(UNSOURCED_RULE);
		if (!ruleIndex.containsKey(ruleId)) {
			ruleId = UNSOURCED_RULE;
		}
		result.put("ruleId", ruleId);
		result.put("ruleIndex", ruleIndex.get(ruleId));
		result.put("level", claim.meetsExpectation() ? level(verdict) : "error");
		result.put("kind", "fail");
		result.putObject("message").put("text", message(claim));
		ObjectNode location = result.putArray("locations").addObject();
		location.set("physicalLocation", physical(claim.source().location().file(), claim.source().location().line(),
				claim.source().location().column()));
		location.putArray("logicalLocations").addObject().put("name", claim.source().claim().name()).put("kind", "member");
		ArrayNode related = result.putArray("relatedLocations");
		for (Finding finding : claim.result().findings()) {
			for (Evidence evidence : finding.evidence()) {
				related.add(related(claim, finding, evidence, related.size()));
			}
		}
		result.putObject("partialFingerprints").put("claim/v1",
				context.paths().show(claim.source().location().file()) + "#" + claim.source().claim().name());
		ObjectNode properties = result.putObject("properties");
		properties.put("claim", claim.source().claim().name());
		properties.put("verdict", verdict.label());
		properties.put("expected", claim.source().expected().map(Verdict::label).orElse(null));
		claim.result().verdict().deciding().ifPresent(f -> properties.put("confidence", Math.round(f.confidence() * 100) / 100.0));
		return result;
	}

	private static String level(Verdict verdict) {
		return switch (verdict) {
		case CONFLICTING -> "error";
		case UNSOURCED -> "warning";
		case SUPPORTED -> "note";
		};
	}

	private static String message(VerifiedClaim claim) {
		StringBuilder message = new StringBuilder("Claim '").append(claim.source().claim().name()).append("' is ")
				.append(claim.result().verdictValue().label()).append(": ").append(claim.result().verdict().reason());
		if (!claim.meetsExpectation()) {
			message.append(" (expected ").append(claim.source().expected().orElseThrow().label()).append(')');
		}
		return message.toString();
	}

	private ObjectNode related(VerifiedClaim claim, Finding finding, Evidence evidence, int id) {
		ObjectNode location = mapper.createObjectNode();
		location.put("id", id);
		Optional<String> page = context.sources().pageLabel(claim, evidence);
		String role = finding.kind() == FindingKind.ASSESSMENT ? finding.verdict().label() : finding.kind().name().toLowerCase();
		location.putObject("message").put("text", evidence.documentId() + page.map(p -> ", " + p).orElse("") + " (" + role
				+ ", " + finding.checkerId() + "): " + Passage.quoted(evidence));
		Optional<Document> document = context.sources().document(claim, evidence.documentId());
		if (document.isPresent() && document.get().getPath() != null) {
			Path file = Path.of(document.get().getPath());
			ObjectNode physical = mapper.createObjectNode();
			physical.set("artifactLocation", artifact(file));
			textRegion(claim, document.get(), evidence).ifPresent(region -> physical.set("region", region));
			location.set("physicalLocation", physical);
		}
		ObjectNode properties = location.putObject("properties");
		properties.put("document", evidence.documentId());
		properties.put("start", evidence.start());
		properties.put("end", evidence.end());
		context.sources().page(claim, evidence).ifPresent(p -> properties.put("page", p.getLabel()));
		return location;
	}

	/**
	 * The region of a passage in its file, for text files (whose stored text is the file) and
	 * documents of JSON lines (the entry's line); other formats are not located by line.
	 */
	private Optional<ObjectNode> textRegion(VerifiedClaim claim, Document document, Evidence evidence) {
		if (document.getSourceLine() > 0) {
			ObjectNode region = mapper.createObjectNode().put("startLine", document.getSourceLine());
			region.putObject("snippet").put("text", evidence.text());
			return Optional.of(region);
		}
		if (!document.getPath().toLowerCase(Locale.ROOT).endsWith(".txt")) {
			return Optional.empty();
		}
		return context.sources().text(claim, document.getId()).map(text -> {
			int[] start = lineAndColumn(text, evidence.start());
			int[] end = lineAndColumn(text, evidence.end());
			ObjectNode region = mapper.createObjectNode();
			region.put("startLine", start[0]).put("startColumn", start[1]).put("endLine", end[0]).put("endColumn", end[1]);
			region.putObject("snippet").put("text", evidence.text());
			return region;
		});
	}

	private static int[] lineAndColumn(String text, int offset) {
		LinePosition position = LinePosition.of(text, offset);
		return new int[] { position.line(), text.codePointCount(position.lineStart(), position.offset()) + 1 };
	}

	private ObjectNode problem(InputProblem problem) {
		ObjectNode result = mapper.createObjectNode();
		result.put("ruleId", INPUT_RULE);
		result.put("ruleIndex", ruleIndex.get(INPUT_RULE));
		result.put("level", "error");
		result.put("kind", "fail");
		result.putObject("message").put("text", problem.message());
		result.putArray("locations").addObject().set("physicalLocation",
				physical(problem.file(), problem.line(), problem.column()));
		return result;
	}

	private ObjectNode physical(Path file, int line, int column) {
		ObjectNode physical = mapper.createObjectNode();
		physical.set("artifactLocation", artifact(file));
		if (line > 0) {
			ObjectNode region = physical.putObject("region").put("startLine", line);
			if (column > 0) {
				region.put("startColumn", column);
			}
		}
		return physical;
	}

	private ObjectNode artifact(Path file) {
		ObjectNode artifact = mapper.createObjectNode();
		Path absolute = file.toAbsolutePath().normalize();
		String shown = context.paths().show(absolute);
		if (!Path.of(shown).isAbsolute()) {
			List<String> parts = new ArrayList<>();
			Path.of(shown).forEach(part -> parts.add(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20")));
			artifact.put("uri", String.join("/", parts));
			artifact.put("uriBaseId", SRCROOT);
		} else {
			artifact.put("uri", absolute.toUri().toString());
		}
		return artifact;
	}
}
