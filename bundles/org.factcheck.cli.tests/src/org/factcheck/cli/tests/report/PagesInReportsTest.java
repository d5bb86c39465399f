package org.factcheck.cli.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factcheck.cli.tests.CommandRun;
import org.factcheck.corpus.formats.tests.pdf.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Evidence from a PDF names its page in the reports; document metadata comes along. */
class PagesInReportsTest {

	private static final String CLAIM = """
			claim lohnsteuer "Der Budgetdienst rechnet 2025 mit Einnahmen aus der Lohnsteuer von 31,4 Milliarden Euro."
			    cites "budgetdienst"
			""";

	@TempDir
	Path temp;

	private Path corpus() throws Exception {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.write(corpus.resolve("budgetdienst.pdf"), TestPdfs.printed(List.of(
				List.of(List.of("Analyse des Bundeshaushalts"),
						List.of("Der Budgetdienst des Parlaments hat am Montag seine Analyse des Bundes-",
								"haushalts vorgelegt. Das Defizit werde 2025 auf 3,2 Prozent steigen.")),
				List.of(List.of("Einnahmen"),
						List.of("Der Budgetdienst rechnet 2025 mit Einnahmen aus der Lohnsteuer von",
								"31,4 Milliarden Euro."))),
				"Analyse des Budgetdienstes", "Parlamentsdirektion", TestPdfs.date(2024, 11, 18)));
		return corpus;
	}

	@Test
	void theTextReportShowsThePage() throws Exception {
		CommandRun run = ReportRun.verify(temp, corpus(), CLAIM, "--evidence");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("lohnsteuer supported"), run.out());
		assertTrue(run.out().contains("    budgetdienst p. 2 @"), run.out());
	}

	@Test
	void theJsonReportGivesPagesAndDocumentMetadata() throws Exception {
		CommandRun run = ReportRun.verify(temp, corpus(), CLAIM, "--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		JsonNode report = run.json();
		JsonNode evidence = report.get("claims").get(0).get("findings").get(0).get("evidence").get(0);
		assertEquals("2", evidence.get("page").asText(), evidence.toString());
		JsonNode document = report.get("documents").get("budgetdienst");
		assertEquals("Analyse des Budgetdienstes", document.get("title").asText());
		assertEquals("Parlamentsdirektion", document.get("author").asText());
		assertEquals("2024-11-18", document.get("published").asText());
		assertTrue(document.get("file").asText().endsWith("budgetdienst.pdf"));
	}
}
