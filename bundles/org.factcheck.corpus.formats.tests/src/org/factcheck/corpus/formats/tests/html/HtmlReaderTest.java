package org.factcheck.corpus.formats.tests.html;

import static org.factcheck.corpus.formats.tests.Marks.assertWellFormed;
import static org.factcheck.corpus.formats.tests.Marks.kindOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.SourceMetadata;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.formats.html.HtmlReader;
import org.factcheck.corpus.formats.tests.Fixtures;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

	private final HtmlReader reader = new HtmlReader();

	private SourceDocument articlePage() throws UnreadableDocumentException {
		return reader.read(Fixtures.source("html/nationalrat-budget.html"));
	}

	private SourceDocument page(String html) throws UnreadableDocumentException {
		return page(html.getBytes(StandardCharsets.UTF_8));
	}

	private SourceDocument page(byte[] bytes) throws UnreadableDocumentException {
		return reader.read(DocumentSource.wholeFile(Path.of("seite.html"), "seite", bytes));
	}

	@Test
	void metadataComesFromJsonLdBeforeOpenGraphAndTitle() throws Exception {
		SourceMetadata metadata = articlePage().metadata();
		assertEquals("Nationalrat beschließt Budget 2025 nach zweitägiger Debatte", metadata.title());
		assertEquals("https://www.wiener-tagesblatt.example/politik/nationalrat-budget-2025", metadata.url());
		assertEquals("Wiener Tagesblatt GmbH", metadata.publisher());
		assertEquals(LocalDate.of(2024, 11, 20), metadata.published());
		assertEquals("Anna Berger, Lukas Hofer", metadata.author());
		assertEquals("Politik", metadata.section());
		assertEquals("de-AT", metadata.language());
	}

	@Test
	void openGraphAndTitleServeWithoutJsonLd() throws Exception {
		SourceMetadata metadata = page("""
				<html lang="de"><head><title>Schnee in Tirol – Alpenpost</title>
				<meta property="og:site_name" content="Alpenpost">
				<meta property="article:published_time" content="2024-12-01">
				<meta name="author" content="Eva Mair">
				<link rel="canonical" href="https://alpenpost.example/schnee"></head>
				<body><article><h1>Schnee in Tirol</h1><p>In Tirol hat es in der Nacht bis zu 40 Zentimeter geschneit.</p></article></body></html>
				""").metadata();
		assertEquals("Schnee in Tirol", metadata.title(), "the site name after the separator is not part of the title");
		assertEquals("Alpenpost", metadata.publisher());
		assertEquals(LocalDate.of(2024, 12, 1), metadata.published());
		assertEquals("Eva Mair", metadata.author());
		assertEquals("https://alpenpost.example/schnee", metadata.url());
		assertEquals("de", metadata.language());
	}

	@Test
	void articleTextIsKeptAsABrowserShowsIt() throws Exception {
		SourceDocument document = articlePage();
		String text = document.text();
		assertTrue(text.contains("Nach zwei Tagen Debatte hat der Nationalrat das Budget 2025 beschlossen. Für den Entwurf stimmten 98 Abgeordnete, dagegen 74."),
				"inline links and white space are laid out as a browser does:\n" + text);
		assertTrue(text.contains("\n\nFinanzminister Markus Reiter sprach von einem „Budget der Verantwortung“."), "each paragraph on its own line");
		assertTrue(text.contains("Ausgaben | 123,5"), "table cells are separated");
		assertNull(kindOf(document, "Nationalrat beschließt Budget 2025 nach zweitägiger Debatte"), "the headline is article text");
		assertNull(kindOf(document, "Mit den Stimmen der Koalition hat der Nationalrat am Mittwochabend"), "the lead in the article's header is article text");
		assertNull(kindOf(document, "Der Bundesrat befasst sich am 5. Dezember mit dem Budget."));
		assertFalse(text.contains("dataLayer"), "scripts are not text");
		assertFalse(text.contains("min-height"), "styles are not text");
		assertFalse(text.contains("Limit kostenloser Artikel"), "hidden elements are not text");
		assertEquals(1, text.split("Suchen", -1).length - 1, "a search field shows no placeholder, its button its label");
		assertWellFormed(document);
	}

	@Test
	void furnitureIsMarkedWithItsKindAndNotDropped() throws Exception {
		SourceDocument document = articlePage();
		assertEquals(FurnitureKind.CONSENT, kindOf(document, "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten."));
		assertEquals(FurnitureKind.ADVERTISEMENT, kindOf(document, "Wintersale: Bis zu 50 Prozent auf alle Wintermäntel"));
		assertEquals(FurnitureKind.ADVERTISEMENT, kindOf(document, "Sichern Sie sich jetzt Ihren Gutschein im Wert von 20 Euro!"),
				"an ad inside the article");
		assertEquals(FurnitureKind.NAVIGATION, kindOf(document, "Politik\nWirtschaft\nChronik\nSport"));
		assertEquals(FurnitureKind.NAVIGATION, kindOf(document, "Startseite › Politik › Budget"));
		assertEquals(FurnitureKind.SEE_ALSO, kindOf(document, "Pensionen steigen 2025 um 4,6 Prozent"), "a related-articles box");
		assertEquals(FurnitureKind.SEE_ALSO, kindOf(document, "Unwetter: Straßen in Tirol gesperrt"), "the sidebar");
		assertEquals(FurnitureKind.NEWSLETTER, kindOf(document, "Erhalten Sie jeden Morgen die wichtigsten Nachrichten"));
		assertEquals(FurnitureKind.COMMENTS, kindOf(document, "Wieder einmal wird bei den Gemeinden gespart"));
		assertEquals(FurnitureKind.PHOTO_CREDIT, kindOf(document, "Foto: APA / Roland Schlager"));
		assertEquals(FurnitureKind.METADATA, kindOf(document, "Von Anna Berger und Lukas Hofer"));
		assertEquals(FurnitureKind.NAVIGATION, kindOf(document, "© 2024 Wiener Tagesblatt GmbH"), "the site footer");
	}

	@Test
	void aPageWithoutArticleMarkupFindsTheDensestParagraphs() throws Exception {
		SourceDocument document = page("""
				<html><body>
				<div id="top"><a href="/">Startseite</a> <a href="/welt">Welt</a></div>
				<div id="c"><div class="x">
				<p>Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Inn beschlossen.</p>
				<p>Die Kosten werden auf 12 Millionen Euro geschätzt, der Bau soll 2026 beginnen.</p>
				</div></div>
				<div class="box">Folgen Sie uns</div>
				</body></html>
				""");
		assertNull(kindOf(document, "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke"));
		assertEquals(FurnitureKind.OTHER, kindOf(document, "Folgen Sie uns"), "what lies outside the article is furniture");
		assertEquals(FurnitureKind.OTHER, kindOf(document, "Startseite Welt"));
	}

	@Test
	void theCharacterSetOfThePageIsHonoured() throws Exception {
		String html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Die Gebühren steigen um 5 Prozent – sagt das Büro.</p></article></body></html>";
		SourceDocument document = page(html.getBytes(Charset.forName("windows-1252")));
		assertTrue(document.text().contains("Die Gebühren steigen um 5 Prozent – sagt das Büro."), document.text());
		assertTrue(document.problems().isEmpty());
	}

	@Test
	void brokenJsonLdIsReportedWithItsPositionAndTheRestIsRead() throws Exception {
		SourceDocument document = page("""
				<html><head><title>Titel der Seite</title>
				<script type="application/ld+json">
				{"@type": "NewsArticle",
				 "headline": "Ohne Komma" "datePublished": "2024-01-02"}
				</script></head>
				<body><article><p>Ein Satz im Artikel, der lang genug ist, um gefunden zu werden.</p></article></body></html>
				""");
		assertEquals(1, document.problems().size(), document.problems()::toString);
		ReadProblem problem = document.problems().get(0);
		assertEquals(4, problem.line(), problem::toString);
		assertTrue(problem.column() > 20, problem::toString);
		assertTrue(problem.message().startsWith("JSON-LD block is not valid JSON"), problem.message());
		assertEquals("Titel der Seite", document.metadata().title());
	}

	@Test
	void pagesWithoutTextOrWithBinaryDataCannotBeImported() {
		UnreadableDocumentException empty = assertThrows(UnreadableDocumentException.class,
				() -> page("<html><body><script>var x = 1;</script><img src=a.png></body></html>"));
		assertEquals("the page shows no text", empty.problem().message());
		UnreadableDocumentException binary = assertThrows(UnreadableDocumentException.class,
				() -> page(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }));
		assertTrue(binary.problem().message().contains("binary"), binary.problem().message());
	}
}
