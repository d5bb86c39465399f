package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.cli.tests.CommandRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --format html}: one self-contained page, checked as written and as a browser renders it. */
class HtmlReportTest {

	@TempDir
	Path temp;

	private Path report() throws Exception {
		Path page = temp.resolve("out/report.html");
		CommandRun run = ReportRun.verify(temp, "--format", "html", "--out", page.toString());
		assertEquals(2, run.exitCode(), run.toString());
		return page;
	}

	@Test
	void thePageIsSelfContained() throws Exception {
		Document page = Jsoup.parse(Files.readString(report(), StandardCharsets.UTF_8));
		assertTrue(page.select("script[src], link[rel=stylesheet], img[src]").isEmpty(), "nothing is loaded from elsewhere");
		assertFalse(page.selectFirst("style").data().isBlank(), "the styles are inside");
		assertNotNull(page.getElementById("report-data"));
	}

	@Test
	void claimsShowVerdictReasonAndEvidenceWithTheSharedWordsMarked() throws Exception {
		Document page = Jsoup.parse(Files.readString(report(), StandardCharsets.UTF_8));
		Element conflicting = page.getElementById("claim-1-us_soldiers");
		assertNotNull(conflicting);
		assertEquals("conflicting", conflicting.attr("data-verdict"));
		assertTrue(conflicting.select(".reason").text().length() > 10);
		Element passage = conflicting.selectFirst(".evidence q");
		assertTrue(passage.text().contains("28.500"), passage.text());
		assertTrue(passage.select("mark").eachText().containsAll(java.util.List.of("Südkorea", "stationierten", "US-Soldaten")),
				passage.html());
		assertTrue(page.getElementById("claim-1-soldiers").hasClass("failed"), "a failed expectation stands out");
	}

	@Test
	void claimsAndSourcesLinkEachOther() throws Exception {
		Document page = Jsoup.parse(Files.readString(report(), StandardCharsets.UTF_8));
		Element link = page.getElementById("claim-1-containers").selectFirst("a[href^=#doc-]");
		Element source = page.getElementById(link.attr("href").substring(1));
		assertNotNull(source, "the link leads to the source");
		assertTrue(source.select("a[href=#claim-1-containers]").size() == 1, "the source links back to the claim");
		assertTrue(source.text().contains("004_cf013e87bb0c4974"));
		assertTrue(source.select("dd a[href^=file:]").size() == 1, "the document's file");
		assertEquals(1, page.select("#problems li").size());
	}

	@Test
	void aBrowserRendersTheCountsAndTheChart() throws Exception {
		String dom = HeadlessChromium.dumpDom(report(), temp);
		Document rendered = Jsoup.parse(dom);
		assertEquals("true", rendered.body().attr("data-rendered"), "the page's script ran to its end");
		assertEquals("4", rendered.getElementById("count-claims").text());
		assertEquals("2", rendered.getElementById("count-supported").text());
		assertEquals("1", rendered.getElementById("count-conflicting").text());
		assertEquals("1", rendered.getElementById("count-unsourced").text());
		assertEquals("1", rendered.getElementById("count-failed").text());
		assertEquals("1", rendered.getElementById("count-problems").text());
		assertEquals(3, rendered.select("#chart svg rect.bar").size(), "a bar per verdict of the one file");
	}
}
