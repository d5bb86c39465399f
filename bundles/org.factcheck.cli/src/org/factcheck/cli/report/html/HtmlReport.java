package org.factcheck.cli.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factcheck.checker.Citation;
import org.factcheck.checker.Evidence;
import org.factcheck.checker.Finding;
import org.factcheck.checker.FindingKind;
import org.factcheck.checker.Verdict;
import org.factcheck.cli.report.ReportContext;
import org.factcheck.cli.report.ReportWriter;
import org.factcheck.corpus.Document;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One self-contained HTML page (styles and script inside, nothing loaded from elsewhere): a summary
 * with the counts of verdicts and a chart of the verdicts per claim file, drawn by the page's
 * script from the data it carries; every claim with its verdict, expectation, reason, the evidence
 * passages with the words the claim shares highlighted, and all findings; every source document
 * with its metadata, linked both ways with the claims that cite it or take evidence from it; the
 * input problems. Buttons filter the claims by verdict.
 */
public final class HtmlReport implements ReportWriter {

	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ReportContext context;
	/** Source documents by anchor, in the order the claims first mention them. */
	private final Map<String, Source> sources = new LinkedHashMap<>();
	private final Map<Path, Integer> corpusNumbers = new LinkedHashMap<>();

	/** A document shown in the sources section, and the claims that use it. */
	private record Source(Document document, List<String> claimAnchors, List<String> claimNames) {
	}

	public HtmlReport(ReportContext context) {
		this.context = context;
	}

	@Override
	public void write(BatchReport report, Writer out) throws IOException {
		Map<Path, List<VerifiedClaim>> files = new LinkedHashMap<>();
		report.claims().forEach(claim -> files.computeIfAbsent(claim.source().location().file().toAbsolutePath().normalize(),
				f -> new ArrayList<>()).add(claim));
		StringBuilder claims = new StringBuilder();
		int fileNumber = 0;
		for (Map.Entry<Path, List<VerifiedClaim>> file : files.entrySet()) {
			fileNumber++;
			claims.append("<section class=\"file\" id=\"file-").append(fileNumber).append("\">\n<h3>")
					.append(escape(context.paths().show(file.getKey()))).append("</h3>\n");
			for (VerifiedClaim claim : file.getValue()) {
				claims.append(claim(claim, fileNumber));
			}
			claims.append("</section>\n");
		}

		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"factcheck 0.1.0\">\n")
				.append("<title>Fact-check report: ").append(report.claims().size()).append(report.claims().size() == 1 ? " claim" : " claims")
				.append("</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n");
		html.append("<header>\n<h1>Fact-check report</h1>\n<p class=\"meta\">Verified ")
				.append(escape(context.time().format(SHOWN_TIME))).append(" · ").append(corpora(report)).append("</p>\n</header>\n");
		html.append(summary(report));
		html.append("<section id=\"claims\">\n<h2>Claims</h2>\n").append(claims).append("</section>\n");
		html.append(sourcesSection());
		html.append(problems(report.problems()));
		html.append("<script type=\"application/json\" id=\"report-data\">")
				.append(data(files, report.problems().size()).replace("</", "<\\/")).append("</script>\n");
		html.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
		out.write(html.toString());
	}

	private String corpora(BatchReport report) {
		List<String> shown = new ArrayList<>();
		for (VerifiedClaim claim : report.claims()) {
			context.sources().corpus(claim).map(context.paths()::show).filter(c -> !shown.contains(c)).ifPresent(shown::add);
		}
		return shown.isEmpty() ? "no corpus" : (shown.size() == 1 ? "corpus " : "corpora ") + escape(String.join(", ", shown));
	}

	private static String summary(BatchReport report) {
		Map<Verdict, Integer> counts = report.summary();
		StringBuilder summary = new StringBuilder("<section id=\"summary\">\n<h2>Summary: <span id=\"count-claims\">–</span> claims</h2>\n");
		summary.append("<div class=\"counts\">\n");
		for (Verdict verdict : Verdict.values()) {
			summary.append("<div class=\"count ").append(verdict.label()).append("\"><span class=\"n\" id=\"count-")
					.append(verdict.label()).append("\">–</span>").append(verdict.label()).append("</div>\n");
		}
		summary.append("<div class=\"count failed\"><span class=\"n\" id=\"count-failed\">–</span>expectations failed</div>\n");
		summary.append("<div class=\"count problems\"><span class=\"n\" id=\"count-problems\">–</span>input problems</div>\n");
		summary.append("</div>\n<noscript><p>").append(report.claims().size()).append(" claims: ")
				.append(counts.get(Verdict.SUPPORTED)).append(" supported, ").append(counts.get(Verdict.CONFLICTING))
				.append(" conflicting, ").append(counts.get(Verdict.UNSOURCED)).append(" unsourced; ")
				.append(report.unmetExpectations().size()).append(" expectations failed; ").append(report.problems().size())
				.append(" input problems.</p></noscript>\n");
		summary.append("<figure id=\"chart\"><figcaption class=\"muted\">Verdicts per claim file</figcaption></figure>\n");
		summary.append("<nav class=\"filters\" aria-label=\"Show claims\">");
		for (String filter : List.of("all", "supported", "conflicting", "unsourced", "failed")) {
			summary.append("<button type=\"button\" data-filter=\"").append(filter).append("\" aria-pressed=\"")
					.append(filter.equals("all")).append("\">").append(filter.equals("failed") ? "expectation failed" : filter)
					.append("</button> ");
		}
		return summary.append("</nav>\n</section>\n").toString();
	}

	private String claim(VerifiedClaim claim, int fileNumber) {
		String name = claim.source().claim().name();
		String anchor = "claim-" + fileNumber + "-" + anchorPart(name);
		Verdict verdict = claim.result().verdictValue();
		boolean failed = !claim.meetsExpectation();
		StringBuilder html = new StringBuilder();
		html.append("<article class=\"claim ").append(verdict.label()).append(failed ? " failed" : "").append("\" id=\"")
				.append(anchor).append("\" data-verdict=\"").append(verdict.label()).append("\">\n<header><span class=\"badge ")
				.append(verdict.label()).append("\">").append(verdict.label()).append("</span><h4><a href=\"#").append(anchor)
				.append("\">").append(escape(name)).append("</a></h4><span class=\"where\">")
				.append(escape(context.paths().show(claim.source().location().file()))).append(':')
				.append(claim.source().location().line()).append("</span>");
		claim.source().expected().ifPresent(expected -> html.append(" <span class=\"expect").append(failed ? " failed" : "")
				.append("\">").append(failed ? "expected " + expected.label() + " ✗" : "as expected ✓").append("</span>"));
		html.append("</header>\n<blockquote class=\"claim-text\">").append(escape(claim.source().claim().text())).append("</blockquote>\n");
		claim.source().claim().asOf().ifPresent(date -> html.append("<p class=\"muted\">As of ").append(date).append("</p>\n"));
		html.append("<p class=\"reason\">").append(escape(claim.result().verdict().reason())).append("</p>\n");
		MatchingWords words = new MatchingWords(claim.source().claim().text());
		List<Finding> withEvidence = claim.result().findings().stream().filter(f -> !f.evidence().isEmpty()).toList();
		Optional<Finding> deciding = claim.result().verdict().deciding();
		if (!withEvidence.isEmpty()) {
			html.append("<ul class=\"evidence\">\n");
			for (Finding finding : deciding.map(List::of).orElse(withEvidence.subList(0, Math.min(1, withEvidence.size())))) {
				for (Evidence evidence : finding.evidence()) {
					html.append("<li>").append(sourceLink(claim, anchor, evidence)).append(": <q>")
							.append(highlighted(evidence.text(), words)).append("</q></li>\n");
				}
			}
			html.append("</ul>\n");
		}
		List<String> cited = new ArrayList<>();
		for (Citation citation : claim.source().claim().citations()) {
			cited.add(documentLink(claim, anchor, citation.documentId()) + citation.quote().map(q -> " (quote <q>" + escape(q) + "</q>)").orElse(""));
		}
		if (!cited.isEmpty()) {
			html.append("<p class=\"cites\">Cites ").append(String.join(", ", cited)).append("</p>\n");
		}
		html.append(findings(claim, anchor));
		claim.result().errors().forEach(error -> html.append("<p class=\"expect failed\">").append(escape(error)).append("</p>\n"));
		return html.append("</article>\n").toString();
	}

	private String findings(VerifiedClaim claim, String anchor) {
		List<Finding> findings = claim.result().findings();
		if (findings.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<details><summary>All findings (").append(findings.size())
				.append(")</summary>\n<table><thead><tr><th>Checker</th><th>Kind</th><th>Verdict</th><th>Confidence</th><th>Message</th><th>Passages</th></tr></thead><tbody>\n");
		for (Finding finding : findings) {
			html.append("<tr><td>").append(escape(finding.checkerId())).append("</td><td>")
					.append(finding.kind().name().toLowerCase(Locale.ROOT)).append("</td><td>").append(finding.verdict().label())
					.append("</td><td>").append(String.format(Locale.ROOT, "%.2f", finding.confidence())).append("</td><td>")
					.append(escape(finding.message())).append("</td><td>");
			List<String> links = new ArrayList<>();
			if (finding.kind() != FindingKind.NOTE || !finding.evidence().isEmpty()) {
				finding.evidence().forEach(evidence -> links.add(sourceLink(claim, anchor, evidence)));
			}
			html.append(String.join("<br>", links)).append("</td></tr>\n");
		}
		return html.append("</tbody></table></details>\n").toString();
	}

	/** A link to the document of a passage, with its page and offsets. */
	private String sourceLink(VerifiedClaim claim, String claimAnchor, Evidence evidence) {
		return documentLink(claim, claimAnchor, evidence.documentId())
				+ context.sources().pageLabel(claim, evidence).map(page -> " " + escape(page)).orElse("")
				+ " <span class=\"muted\">@" + evidence.start() + "–" + evidence.end() + "</span>";
	}

	private String documentLink(VerifiedClaim claim, String claimAnchor, String documentId) {
		Optional<Document> document = context.sources().document(claim, documentId);
		if (document.isEmpty()) {
			return "<code>" + escape(documentId) + "</code>";
		}
		String anchor = documentAnchor(claim, documentId);
		Source source = sources.computeIfAbsent(anchor, a -> new Source(document.get(), new ArrayList<>(), new ArrayList<>()));
		if (!source.claimAnchors().contains(claimAnchor)) {
			source.claimAnchors().add(claimAnchor);
			source.claimNames().add(claim.source().claim().name());
		}
		String title = document.get().getTitle() != null ? document.get().getTitle() : documentId;
		return "<a href=\"#" + anchor + "\" title=\"" + escape(title) + "\">" + escape(documentId) + "</a>";
	}

	private String documentAnchor(VerifiedClaim claim, String documentId) {
		Path corpus = context.sources().corpus(claim).orElse(Path.of(""));
		int number = corpusNumbers.computeIfAbsent(corpus, c -> corpusNumbers.size() + 1);
		return "doc-" + (number == 1 ? "" : number + "-") + anchorPart(documentId);
	}

	private String sourcesSection() {
		if (sources.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<section id=\"sources\">\n<h2>Sources</h2>\n");
		for (Map.Entry<String, Source> entry : sources.entrySet()) {
			Document document = entry.getValue().document();
			html.append("<article class=\"source\" id=\"").append(entry.getKey()).append("\">\n<h3>")
					.append(escape(document.getTitle() != null ? document.getTitle() : document.getId())).append("</h3>\n<dl>\n");
			row(html, "Document", "<code>" + escape(document.getId()) + "</code>");
			row(html, "Publisher", escape(document.getPublisher()));
			row(html, "Published", document.getPublished() == null ? null : document.getPublished().toString());
			row(html, "Author", escape(document.getAuthor()));
			row(html, "Section", escape(document.getSection()));
			if (document.getUrl() != null) {
				row(html, "Address", "<a href=\"" + escape(document.getUrl()) + "\">" + escape(document.getUrl()) + "</a>");
			}
			if (document.getPath() != null) {
				Path file = Path.of(document.getPath());
				row(html, "File", "<a href=\"" + escape(file.toUri().toString()) + "\">" + escape(context.paths().show(file))
						+ "</a>" + (document.getSourceLine() > 0 ? ", line " + document.getSourceLine() : ""));
			}
			List<String> users = new ArrayList<>();
			for (int i = 0; i < entry.getValue().claimAnchors().size(); i++) {
				users.add("<a href=\"#" + entry.getValue().claimAnchors().get(i) + "\">"
						+ escape(entry.getValue().claimNames().get(i)) + "</a>");
			}
			row(html, "Claims", String.join(", ", users));
			html.append("</dl>\n</article>\n");
		}
		return html.append("</section>\n").toString();
	}

	private static void row(StringBuilder html, String term, String value) {
		if (value != null && !value.isBlank()) {
			html.append("<dt>").append(term).append("</dt><dd>").append(value).append("</dd>\n");
		}
	}

	private String problems(List<InputProblem> problems) {
		StringBuilder html = new StringBuilder("<section id=\"problems\">\n<h2>Input problems</h2>\n");
		if (problems.isEmpty()) {
			return html.append("<p class=\"muted\">None.</p>\n</section>\n").toString();
		}
		html.append("<ul>\n");
		problems.forEach(problem -> html.append("<li><code>").append(escape(problem.format(context.paths().show(problem.file()))))
				.append("</code></li>\n"));
		return html.append("</ul>\n</section>\n").toString();
	}

	/** The counts per file, for the page's script. */
	private String data(Map<Path, List<VerifiedClaim>> files, int problems) {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode root = mapper.createObjectNode();
		ArrayNode list = root.putArray("files");
		for (Map.Entry<Path, List<VerifiedClaim>> file : files.entrySet()) {
			ObjectNode node = list.addObject();
			node.put("file", context.paths().show(file.getKey()));
			for (Verdict verdict : Verdict.values()) {
				node.put(verdict.label(), file.getValue().stream().filter(c -> c.result().verdictValue() == verdict).count());
			}
			node.put("failed", file.getValue().stream().filter(c -> !c.meetsExpectation()).count());
		}
		root.put("problems", problems);
		try {
			return mapper.writeValueAsString(root);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The passage with the words it shares with the claim in {@code <mark>}. */
	static String highlighted(String passage, MatchingWords words) {
		StringBuilder html = new StringBuilder();
		int at = 0;
		for (MatchingWords.Span span : words.in(passage)) {
			html.append(escape(passage.substring(at, span.start()))).append("<mark>")
					.append(escape(passage.substring(span.start(), span.end()))).append("</mark>");
			at = span.end();
		}
		return html.append(escape(passage.substring(at))).toString().replaceAll("\\s+", " ").strip();
	}

	private static String anchorPart(String value) {
		return value.replaceAll("[^\\p{L}\\p{N}_-]", "_");
	}

	static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String resource(String name) {
		try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("resource " + name + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
