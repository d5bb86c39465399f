package org.factcheck.corpus.store.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Page;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.ImportProblem;
import org.factcheck.corpus.store.PageFurniture;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.formats.tests.pdf.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus folder of web pages, PDF files and JSON lines dumps besides text files. */
class FormatsImportTest {

	private static final String PAGE = """
			<!DOCTYPE html><html lang="de"><head><title>Brücke über den Inn | Tiroler Bote</title>
			<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
			"headline":"Stadtrat beschließt neue Innbrücke","datePublished":"2024-10-08T09:15:00+02:00",
			"author":{"@type":"Person","name":"Maria Gruber"},"publisher":{"@type":"Organization","name":"Tiroler Bote"},
			"url":"https://tiroler-bote.example/innbruecke"}</script></head>
			<body><nav><a href="/">Start</a> <a href="/tirol">Tirol</a></nav>
			<div class="ad-banner">Anzeige: Winterreifen jetzt 30 Prozent günstiger bei Reifen Huber in Hall.</div>
			<article><h1>Stadtrat beschließt neue Innbrücke</h1>
			<p>Der Innsbrucker Stadtrat hat am Montag den Bau einer neuen Brücke über den Inn beschlossen.</p>
			<p>Die Kosten werden auf 12 Millionen Euro geschätzt. Der Bau soll im Frühjahr 2026 beginnen.</p>
			<form class="newsletter"><p>Abonnieren Sie unseren Newsletter mit allen Nachrichten aus Tirol.</p><input type="email"></form>
			</article><footer>© Tiroler Bote</footer></body></html>
			""";

	private static final String DUMP = """
			{"id": "dump-1", "title": "Schnee in Tirol", "publisher": "APA", "date": "2024-12-02", "text": "Innsbruck – In Tirol hat es in der Nacht bis zu 40 Zentimeter geschneit."}
			{"id": "dump-2", "text": "Wien – Die Pensionen steigen 2025 um 4,6 Prozent, teilte das Sozialministerium mit."}
			{"id": "dump-3", "text": "Graz – Der Grazer Gemeinderat
			{"id": "dump-4", "title": "Ohne Text"}
			""";

	@TempDir
	Path temp;

	private Path corpus() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("innbruecke.html"), PAGE);
		Files.write(corpus.resolve("budgetdienst.pdf"), TestPdfs.printed(List.of(
				List.of(List.of("Analyse des Bundeshaushalts"), List.of("Der Budgetdienst rechnet für 2025 mit einem Defizit von",
						"3,2 Prozent der Wirtschaftsleistung.")),
				List.of(List.of("Einnahmen"), List.of("Die Einnahmen aus der Lohnsteuer steigen 2025 auf 31,4 Milliarden Euro."))),
				"Analyse des Budgetdienstes", "Parlamentsdirektion", TestPdfs.date(2024, 11, 18)));
		Files.writeString(corpus.resolve("dump.jsonl"), DUMP);
		Files.write(corpus.resolve("scan.pdf"), TestPdfs.scanned(1));
		Files.writeString(corpus.resolve("notiz.txt"), "Linz – Die Linzer Straßenbahn fährt ab Montag wieder nach Fahrplan.");
		Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\": \"notiz\", \"publisher\": \"Oberösterreich heute\"}\n");
		return corpus;
	}

	private CorpusStore open(Path corpus) throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")));
	}

	@Test
	void everyFormatBecomesDocumentsOfTheSameModel() throws IOException {
		try (CorpusStore store = open(corpus())) {
			assertEquals(List.of("budgetdienst", "dump-1", "dump-2", "innbruecke", "notiz"),
					store.corpus().getDocuments().stream().map(Document::getId).toList(), store.problems()::toString);

			Document page = store.document("innbruecke").orElseThrow();
			assertEquals("Stadtrat beschließt neue Innbrücke", page.getTitle());
			assertEquals("Tiroler Bote", page.getPublisher());
			assertEquals("Maria Gruber", page.getAuthor());
			assertEquals(LocalDate.of(2024, 10, 8), page.getPublished());
			assertEquals("https://tiroler-bote.example/innbruecke", page.getUrl());

			Document pdf = store.document("budgetdienst").orElseThrow();
			assertEquals("Analyse des Budgetdienstes", pdf.getTitle());
			assertEquals("Parlamentsdirektion", pdf.getAuthor());
			assertEquals(LocalDate.of(2024, 11, 18), pdf.getPublished());

			Document entry = store.document("dump-1").orElseThrow();
			assertEquals("Schnee in Tirol", entry.getTitle());
			assertEquals("APA", entry.getPublisher());
			assertEquals(1, entry.getSourceLine());
			assertTrue(entry.getPath().endsWith("dump.jsonl"));
			assertEquals(0, page.getSourceLine(), "a document that is a whole file");

			assertEquals("Oberösterreich heute", store.document("notiz").orElseThrow().getPublisher(), "the manifest still applies");
		}
	}

	@Test
	void pagesOfAPdfAreInTheModel() throws IOException {
		try (CorpusStore store = open(corpus())) {
			Content content = store.content("budgetdienst").orElseThrow();
			assertEquals(2, content.getPages().size());
			int lohnsteuer = content.getText().indexOf("Lohnsteuer");
			Page page = content.getPageAt(lohnsteuer);
			assertNotNull(page);
			assertEquals(2, page.getNumber());
			assertEquals("2", page.getLabel());
			assertTrue(content.getText().contains("mit einem Defizit von 3,2 Prozent der Wirtschaftsleistung."),
					"printed lines are one paragraph");
			assertTrue(store.content("notiz").orElseThrow().getPages().isEmpty(), "text files have no pages");
		}
	}

	@Test
	void furnitureOfTheFileIsNeverEvidence() throws IOException {
		try (CorpusStore store = open(corpus())) {
			Content content = store.content("innbruecke").orElseThrow();
			int ad = content.getText().indexOf("Winterreifen jetzt 30 Prozent");
			assertTrue(ad >= 0, "furniture is kept in the text");
			assertTrue(PageFurniture.isFurniture(content, ad, ad + 20));
			List<SentenceMatch> ads = store.search("Winterreifen 30 Prozent günstiger Reifen Huber", Set.of("innbruecke"), 5);
			assertTrue(ads.stream().noneMatch(m -> m.text().contains("Winterreifen")), ads::toString);
			List<SentenceMatch> article = store.search("Brücke über den Inn beschlossen", Set.of("innbruecke"), 5);
			assertTrue(article.get(0).text().startsWith("Der Innsbrucker Stadtrat hat am Montag"), article::toString);
			assertTrue(store.search("Newsletter Nachrichten aus Tirol", Set.of("innbruecke"), 5).stream()
					.noneMatch(m -> m.text().contains("Newsletter")));
			assertNull(content.getPageAt(0), "a web page has no pages");
		}
	}

	@Test
	void brokenFilesAndLinesAreProblemsWithPositionWhileTheRestImports() throws IOException {
		try (CorpusStore store = open(corpus())) {
			List<String> problems = store.problems().stream().map(ImportProblem::format).map(p -> p.replace(temp + "/corpus/", ""))
					.toList();
			assertTrue(problems.stream().anyMatch(p -> p.matches("dump\\.jsonl:3:\\d+: malformed JSON .*; line skipped")), problems::toString);
			assertTrue(problems.contains("dump.jsonl:4:1: document \"dump-4\" has no \"text\"; document skipped"), problems::toString);
			assertTrue(problems.stream().anyMatch(p -> p.startsWith("scan.pdf: no text layer: the page is an image (a scanned PDF?)")),
					problems::toString);
			assertTrue(store.document("scan").isEmpty(), "a scanned PDF is no empty document");
			assertEquals(5, store.corpus().getDocuments().size());
		}
	}

	@Test
	void aChangedLineOfADumpImportsOnlyItsDocument() throws IOException {
		Path corpus = corpus();
		try (CorpusStore store = open(corpus)) {
			assertEquals(5, store.importSummary().imported());
		}
		try (CorpusStore store = open(corpus)) {
			assertEquals(0, store.importSummary().imported(), "nothing changed");
			assertEquals(3, store.problems().size(), "problems are reported again: " + store.problems());
		}
		Files.writeString(corpus.resolve("dump.jsonl"), DUMP.replace("4,6 Prozent", "4,7 Prozent"));
		try (CorpusStore store = open(corpus)) {
			assertEquals(1, store.importSummary().imported(), "only the changed line");
			assertTrue(store.content("dump-2").orElseThrow().getText().contains("4,7 Prozent"));
			assertEquals(5, store.corpus().getDocuments().size());
		}
	}
}
