package org.factcheck.corpus.formats.tests.pdf;

import static org.factcheck.corpus.formats.tests.Marks.assertWellFormed;
import static org.factcheck.corpus.formats.tests.Marks.kindOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.PageSpan;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.formats.pdf.PdfReader;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

	private static final List<List<List<String>>> REPORT = List.of(
			List.of(List.of("Analyse des Bundeshaushalts 2025"),
					List.of("Der Budgetdienst des Parlaments hat am Montag seine Analyse des Bun-",
							"deshaushalts vorgelegt. Das Defizit werde 2025 auf 3,2 Prozent der Wirt-",
							"schaftsleistung steigen, heißt es darin."),
					List.of("Die NATO-", "Generalsekretärin traf Ost- und Westeuropas Verteidigungsminister.")),
			List.of(List.of("Einnahmen"),
					List.of("Die Einnahmen aus der Lohnsteuer wachsen langsamer als erwartet. Der",
							"Budgetdienst rechnet für 2025 mit 31,4 Milliarden Euro.")),
			List.of(List.of("Ausblick"),
					List.of("Für 2026 erwartet der Budgetdienst eine leichte Entspannung, sofern die",
							"Konjunktur anzieht.")));

	private final PdfReader reader = new PdfReader();

	private SourceDocument read(byte[] pdf) throws UnreadableDocumentException {
		return reader.read(DocumentSource.wholeFile(Path.of("bericht.pdf"), "bericht", pdf));
	}

	private SourceDocument report() throws Exception {
		return read(TestPdfs.printed(REPORT, "Analyse des Budgetdienstes", "Parlamentsdirektion", TestPdfs.date(2024, 11, 18)));
	}

	@Test
	void printedLinesBecomeParagraphsAgain() throws Exception {
		String text = report().text();
		assertTrue(text.contains("\n\nDer Budgetdienst des Parlaments hat am Montag seine Analyse des Bundeshaushalts vorgelegt. "
				+ "Das Defizit werde 2025 auf 3,2 Prozent der Wirtschaftsleistung steigen, heißt es darin.\n\n"),
				"hyphenated words are joined, lines of a paragraph make one line:\n" + text);
		assertTrue(text.contains("Die NATO-Generalsekretärin traf Ost- und Westeuropas Verteidigungsminister."),
				"hyphens that belong to the words stay:\n" + text);
		assertTrue(text.contains("\n\nEinnahmen\n\n"), "a heading is its own paragraph:\n" + text);
	}

	@Test
	void everyPageIsASpanOfTheText() throws Exception {
		SourceDocument document = report();
		List<PageSpan> pages = document.pages();
		assertEquals(3, pages.size());
		for (int i = 0; i < pages.size(); i++) {
			assertEquals(i + 1, pages.get(i).number());
			assertTrue(i == 0 || pages.get(i).start() >= pages.get(i - 1).end(), "pages are in order");
		}
		String text = document.text();
		int lohnsteuer = text.indexOf("Lohnsteuer");
		assertTrue(pages.get(1).start() <= lohnsteuer && lohnsteuer < pages.get(1).end(), "the second page holds its text");
		int entspannung = text.indexOf("Entspannung");
		assertTrue(pages.get(2).start() <= entspannung && entspannung < pages.get(2).end());
	}

	@Test
	void runningHeadersAndPageNumbersAreFurniture() throws Exception {
		SourceDocument document = report();
		assertEquals(FurnitureKind.OTHER, kindOf(document, TestPdfs.RUNNING_HEADER));
		assertEquals(FurnitureKind.OTHER, kindOf(document, "Seite 2 von 3"));
		assertNull(kindOf(document, "Die Einnahmen aus der Lohnsteuer wachsen langsamer als erwartet."));
		assertEquals(6, document.furniture().size(), "a header and a footer on each of the three pages");
		assertWellFormed(document);
	}

	@Test
	void metadataComesFromTheDocumentInformation() throws Exception {
		SourceDocument document = report();
		assertEquals("Analyse des Budgetdienstes", document.metadata().title());
		assertEquals("Parlamentsdirektion", document.metadata().author());
		assertEquals(LocalDate.of(2024, 11, 18), document.metadata().published());
	}

	@Test
	void aScannedPdfWithoutTextCannotBeImportedAndSaysWhy() throws Exception {
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(TestPdfs.scanned(2)));
		assertTrue(e.problem().message().startsWith("no text layer: the 2 pages are images (a scanned PDF?)"), e.problem().message());
	}

	@Test
	void brokenAndPasswordProtectedPdfsCannotBeImported() throws Exception {
		UnreadableDocumentException broken = assertThrows(UnreadableDocumentException.class,
				() -> read("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes()));
		assertTrue(broken.problem().message().startsWith("not a readable PDF"), broken.problem().message());
		byte[] plain = TestPdfs.printed(REPORT.subList(0, 1), "t", "a", TestPdfs.date(2024, 1, 1));
		UnreadableDocumentException locked = assertThrows(UnreadableDocumentException.class,
				() -> read(TestPdfs.protectedByPassword(plain)));
		assertTrue(locked.problem().message().contains("password"), locked.problem().message());
	}
}
