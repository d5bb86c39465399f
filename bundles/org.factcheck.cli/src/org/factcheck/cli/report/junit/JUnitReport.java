package org.factcheck.cli.report.junit;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.factcheck.checker.Evidence;
import org.factcheck.checker.Verdict;
import org.factcheck.cli.report.Passage;
import org.factcheck.cli.report.ReportContext;
import org.factcheck.cli.report.ReportWriter;
import org.factcheck.engine.batch.BatchReport;
import org.factcheck.engine.batch.InputProblem;
import org.factcheck.engine.batch.VerifiedClaim;

/**
 * JUnit XML as CI servers read test results: a test suite per claim file, a test case per claim
 * (class name: the file's path with dots, name: the claim's name); a failed expectation is a
 * failure, bad input and checker errors are errors. Every test case tells its verdict, reason and
 * deciding passage in {@code system-out}, so that passing claims are documented too. Files that
 * are not claim files (corpus documents with import problems) get a suite of their own.
 */
public final class JUnitReport implements ReportWriter {

	private final ReportContext context;

	public JUnitReport(ReportContext context) {
		this.context = context;
	}

	/** The test cases of one suite. */
	private static final class Suite {
		final List<VerifiedClaim> claims = new ArrayList<>();
		final List<InputProblem> problems = new ArrayList<>();

		int failures() {
			return (int) claims.stream().filter(c -> !c.meetsExpectation()).count();
		}

		int errors() {
			return problems.size() + (int) claims.stream().filter(c -> !c.result().errors().isEmpty()).count();
		}

		int tests() {
			return claims.size() + problems.size();
		}
	}

	@Override
	public void write(BatchReport report, Writer out) throws IOException {
		Map<Path, Suite> suites = new LinkedHashMap<>();
		for (VerifiedClaim claim : report.claims()) {
			suites.computeIfAbsent(key(claim.source().location().file()), f -> new Suite()).claims.add(claim);
		}
		for (InputProblem problem : report.problems()) {
			suites.computeIfAbsent(key(problem.file()), f -> new Suite()).problems.add(problem);
		}
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuites");
			xml.writeAttribute("name", "factcheck verify");
			xml.writeAttribute("tests", String.valueOf(suites.values().stream().mapToInt(Suite::tests).sum()));
			xml.writeAttribute("failures", String.valueOf(suites.values().stream().mapToInt(Suite::failures).sum()));
			xml.writeAttribute("errors", String.valueOf(suites.values().stream().mapToInt(Suite::errors).sum()));
			xml.writeAttribute("timestamp", timestamp());
			for (Map.Entry<Path, Suite> suite : suites.entrySet()) {
				suite(xml, suite.getKey(), suite.getValue());
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			out.write("\n");
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
		}
	}

	private static Path key(Path file) {
		return file.toAbsolutePath().normalize();
	}

	private String timestamp() {
		return context.time().toLocalDateTime().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	private void suite(XMLStreamWriter xml, Path file, Suite suite) throws XMLStreamException {
		String shown = context.paths().show(file);
		xml.writeCharacters("\n  ");
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", shown);
		xml.writeAttribute("tests", String.valueOf(suite.tests()));
		xml.writeAttribute("failures", String.valueOf(suite.failures()));
		xml.writeAttribute("errors", String.valueOf(suite.errors()));
		xml.writeAttribute("skipped", "0");
		xml.writeAttribute("timestamp", timestamp());
		xml.writeAttribute("file", shown);
		String className = className(shown);
		for (VerifiedClaim claim : suite.claims) {
			claimCase(xml, className, shown, claim);
		}
		for (InputProblem problem : suite.problems) {
			xml.writeCharacters("\n    ");
			xml.writeStartElement("testcase");
			xml.writeAttribute("classname", className);
			xml.writeAttribute("name", problem.line() > 0 ? "input problem at line " + problem.line() + ":" + Math.max(1, problem.column())
					: "input problem");
			xml.writeAttribute("file", shown);
			if (problem.line() > 0) {
				xml.writeAttribute("line", String.valueOf(problem.line()));
			}
			xml.writeStartElement("error");
			xml.writeAttribute("type", "input");
			xml.writeAttribute("message", problem.message());
			xml.writeCharacters(problem.format(shown));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeCharacters("\n  ");
		xml.writeEndElement();
	}

	private void claimCase(XMLStreamWriter xml, String className, String file, VerifiedClaim claim) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeStartElement("testcase");
		xml.writeAttribute("classname", className);
		xml.writeAttribute("name", claim.source().claim().name());
		xml.writeAttribute("file", file);
		xml.writeAttribute("line", String.valueOf(claim.source().location().line()));
		Verdict verdict = claim.result().verdictValue();
		if (!claim.meetsExpectation()) {
			Verdict expected = claim.source().expected().orElseThrow();
			xml.writeStartElement("failure");
			xml.writeAttribute("type", "expectation");
			xml.writeAttribute("message", "expected " + expected.label() + ", got " + verdict.label());
			xml.writeCharacters(claim.result().verdict().reason());
			xml.writeEndElement();
		}
		for (String error : claim.result().errors()) {
			xml.writeStartElement("error");
			xml.writeAttribute("type", "checker");
			xml.writeAttribute("message", error);
			xml.writeEndElement();
		}
		xml.writeStartElement("system-out");
		xml.writeCharacters(details(claim));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private String details(VerifiedClaim claim) {
		StringBuilder details = new StringBuilder();
		details.append("verdict: ").append(claim.result().verdictValue().label());
		claim.source().expected().ifPresent(expected -> details.append(" (expected ").append(expected.label()).append(')'));
		details.append("\nclaim: ").append(claim.source().claim().text());
		details.append("\nreason: ").append(claim.result().verdict().reason());
		claim.result().verdict().deciding().flatMap(f -> f.evidence().stream().findFirst()).ifPresent(evidence -> details
				.append("\nevidence: ").append(Passage.located(context.sources(), claim, evidence)));
		return details.append('\n').toString();
	}

	/** {@code examples/seeds/verdicts.claims} → {@code examples.seeds.verdicts}. */
	static String className(String file) {
		String withoutExtension = file.replaceFirst("\\.[^./\\\\]+$", "");
		String dotted = withoutExtension.replaceAll("^[/\\\\]+", "").replaceAll("[/\\\\]+", ".");
		return dotted.isEmpty() ? "claims" : dotted;
	}
}
