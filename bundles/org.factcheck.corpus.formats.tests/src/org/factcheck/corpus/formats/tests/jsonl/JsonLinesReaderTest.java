package org.factcheck.corpus.formats.tests.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.UnreadableDocumentException;
import org.factcheck.corpus.formats.jsonl.JsonLinesReader;
import org.factcheck.corpus.formats.tests.Fixtures;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

	private final JsonLinesReader reader = new JsonLinesReader();

	private static JsonLinesReader.Entries dump() throws Exception {
		Path file = Fixtures.path("jsonl/news-dump.jsonl");
		return DocumentFormats.entries(file, Files.readAllBytes(file));
	}

	private static DocumentSource entry(String id) throws Exception {
		return dump().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void eachValidLineIsADocumentWithItsLine() throws Exception {
		List<DocumentSource> sources = dump().sources();
		assertEquals(List.of("apa-2024-0001", "apa-2024-0002", "apa-2024-0003", "krone-17"),
				sources.stream().map(DocumentSource::id).toList());
		assertEquals(List.of(1, 2, 4, 9), sources.stream().map(DocumentSource::line).toList());
	}

	@Test
	void linesThatAreNoDocumentsAreReportedWithLineAndColumn() throws Exception {
		List<ReadProblem> problems = dump().problems();
		assertEquals(List.of(3, 5, 6, 7, 8), problems.stream().map(ReadProblem::line).toList(), problems::toString);
		assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems.get(0).message());
		assertTrue(problems.get(0).column() > 1, "the column where the JSON breaks");
		assertTrue(problems.get(1).message().contains("no \"id\""), problems.get(1).message());
		assertTrue(problems.get(2).message().contains("already used on line 1"), problems.get(2).message());
		assertTrue(problems.get(3).message().contains("cannot be a document id"), problems.get(3).message());
		assertTrue(problems.get(4).message().contains("expected a JSON object"), problems.get(4).message());
	}

	@Test
	void fieldsAndTheirCommonAliasesFillTheMetadata() throws Exception {
		SourceDocument first = reader.read(entry("apa-2024-0001"));
		assertTrue(first.text().startsWith("Wien – Der Nationalrat hat am Mittwoch das Budget für 2025 beschlossen."));
		assertEquals("Nationalrat beschließt Budget", first.metadata().title());
		assertEquals("https://apa.example/2024/0001", first.metadata().url());
		assertEquals("APA", first.metadata().publisher());
		assertEquals(LocalDate.of(2024, 11, 20), first.metadata().published());
		assertEquals("Inland", first.metadata().section());

		SourceDocument aliases = reader.read(entry("krone-17"));
		assertEquals("Schneechaos in Tirol", aliases.metadata().title(), "headline");
		assertEquals(LocalDate.of(2024, 12, 2), aliases.metadata().published(), "published, a date-time");
		assertEquals("Kronen Zeitung", aliases.metadata().publisher(), "source as an object with a name");
		assertEquals("Eva Mair, Tom Huber", aliases.metadata().author());
		assertTrue(aliases.text().contains("\n"), "paragraphs of the text stay lines");
	}

	@Test
	void aBadDateIsReportedAndTheDocumentStillRead() throws Exception {
		SourceDocument document = reader.read(entry("apa-2024-0002"));
		assertEquals(1, document.problems().size());
		assertEquals(2, document.problems().get(0).line());
		assertTrue(document.problems().get(0).message().contains("\"gestern\" is not a date"), document.problems().get(0).message());
	}

	@Test
	void anEntryWithoutTextCannotBeImported() throws Exception {
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(entry("apa-2024-0003")));
		assertEquals(4, e.problem().line());
		assertTrue(e.problem().message().contains("has no \"text\""), e.problem().message());
	}

	@Test
	void theManifestIsNoDocumentFile() {
		assertTrue(DocumentFormats.of(Path.of("corpus/manifest.jsonl")).isEmpty());
		assertEquals(DocumentFormats.Format.JSON_LINES, DocumentFormats.of(Path.of("corpus/dump.JSONL")).orElseThrow());
		assertEquals(DocumentFormats.Format.HTML, DocumentFormats.of(Path.of("a.htm")).orElseThrow());
		assertTrue(DocumentFormats.of(Path.of("bild.png")).isEmpty());
	}
}
