package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.factcheck.cli.tests.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code verify --format junit}: claims as test cases CI servers show. */
class JUnitReportTest {

	@TempDir
	Path temp;

	private Document junit() throws Exception {
		CommandRun run = ReportRun.verify(temp, "--format", "junit");
		assertEquals(2, run.exitCode(), run.toString());
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
	}

	private static Element testCase(Document xml, String name) {
		NodeList cases = xml.getElementsByTagName("testcase");
		for (int i = 0; i < cases.getLength(); i++) {
			Element testCase = (Element) cases.item(i);
			if (testCase.getAttribute("name").equals(name) || name.endsWith("*") && testCase.getAttribute("name").startsWith(name.substring(0, name.length() - 1))) {
				return testCase;
			}
		}
		throw new AssertionError("no test case " + name);
	}

	@Test
	void aSuitePerClaimFileWithACasePerClaim() throws Exception {
		Document xml = junit();
		Element root = xml.getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		NodeList suites = xml.getElementsByTagName("testsuite");
		assertEquals(1, suites.getLength());
		Element suite = (Element) suites.item(0);
		assertTrue(suite.getAttribute("name").endsWith("report.claims"));
		assertEquals("5", suite.getAttribute("tests"), "four claims and one input problem");
		assertEquals("1", suite.getAttribute("failures"));
		assertEquals("1", suite.getAttribute("errors"));
		assertEquals("5", root.getAttribute("tests"));
		Element claim = testCase(xml, "containers");
		assertTrue(claim.getAttribute("classname").endsWith("report"), claim.getAttribute("classname"));
		assertEquals("3", claim.getAttribute("line"));
		assertEquals(0, claim.getElementsByTagName("failure").getLength(), "a met expectation passes");
		String out = claim.getElementsByTagName("system-out").item(0).getTextContent();
		assertTrue(out.startsWith("verdict: supported (expected supported)"), out);
		assertTrue(out.contains("evidence: 004_cf013e87bb0c4974 @"), out);
	}

	@Test
	void aFailedExpectationIsAFailureAndBadInputAnError() throws Exception {
		Document xml = junit();
		Element failure = (Element) testCase(xml, "soldiers").getElementsByTagName("failure").item(0);
		assertEquals("expected conflicting, got supported", failure.getAttribute("message"));
		assertEquals("expectation", failure.getAttribute("type"));
		assertEquals(0, testCase(xml, "eu_envoy").getElementsByTagName("failure").getLength(),
				"a claim without expectation passes whatever its verdict");
		Element problem = testCase(xml, "input problem at line 17:*");
		Element error = (Element) problem.getElementsByTagName("error").item(0);
		assertEquals("input", error.getAttribute("type"));
		assertTrue(error.getAttribute("message").startsWith("Unknown document '999_unbekannt'"), error.getAttribute("message"));
	}
}
