package org.factcheck.corpus.store.tests.importer;

import static org.factcheck.corpus.store.tests.TestCorpora.SEED_000;
import static org.factcheck.corpus.store.tests.TestCorpora.SEED_001;
import static org.factcheck.corpus.store.tests.TestCorpora.SEED_002;
import static org.factcheck.corpus.store.tests.TestCorpora.SEED_003;
import static org.factcheck.corpus.store.tests.TestCorpora.SEED_004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.corpus.Annotation;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.DateMention;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.Furniture;
import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.NumberMention;
import org.factcheck.corpus.Paragraph;
import org.factcheck.corpus.Qualifier;
import org.factcheck.corpus.QuoteMention;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.PageFurniture;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.importer.DocumentImporter;
import org.factcheck.corpus.store.importer.ImportedDocument;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterTest {

	@TempDir
	static Path cache;

	static CorpusStore seeds;

	@BeforeAll
	static void openSeeds() throws IOException {
		seeds = CorpusStore.open(TestCorpora.seeds(), StoreOptions.withIndex(cache));
	}

	@AfterAll
	static void close() {
		seeds.close();
	}

	private static Content content(String id) {
		return seeds.content(id).orElseThrow(() -> new AssertionError("no content for " + id));
	}

	private static Document document(String id) {
		return seeds.document(id).orElseThrow(() -> new AssertionError("no document " + id));
	}

	/** A long text is analysed on two threads (numbers and dates beside the rest) into the same document as on one. */
	@Test
	void aLongTextAnalysedOnTwoThreadsGivesTheDocumentOfOneThread() throws IOException {
		StringBuilder text = new StringBuilder();
		try (var files = Files.list(TestCorpora.gnad())) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("gnad-")).sorted().limit(150).toList()) {
				text.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		Path file = Path.of("lang.txt");
		ImportedDocument serial = new DocumentImporter(Integer.MAX_VALUE).importDocument(file, "lang", bytes, "h", null);
		ImportedDocument concurrent = new DocumentImporter(0).importDocument(file, "lang", bytes, "h", null);
		assertTrue(serial.document().getContent().getAnnotations().stream().anyMatch(DateMention.class::isInstance));
		assertTrue(serial.document().getContent().getAnnotations().stream().anyMatch(NumberMention.class::isInstance));
		assertTrue(EcoreUtil.equals(serial.document().getContent(), concurrent.document().getContent()));
		assertTrue(EcoreUtil.equals(serial.document(), concurrent.document()));
		assertEquals(serial.sentences(), concurrent.sentences());
		assertEquals(serial.problems(), concurrent.problems());
	}

	@Test
	void importsEverySeedWithoutProblems() throws IOException {
		assertEquals(5, seeds.corpus().getDocuments().size());
		assertEquals(List.of(), seeds.problems());
		for (Document document : seeds.corpus().getDocuments()) {
			assertEquals("de", document.getLanguage());
			assertTrue(document.getFingerprint().startsWith("sha256:"));
			assertEquals(TestCorpora.seeds().resolve(document.getId() + ".txt").toRealPath().toString(), document.getPath());
		}
	}

	@Test
	void sentenceOffsetsRoundTripToTheDocumentText() throws IOException {
		for (Document document : seeds.corpus().getDocuments()) {
			Content content = content(document.getId());
			String file = Files.readString(Path.of(document.getPath()), StandardCharsets.UTF_8);
			assertEquals(file, content.getText());
			int expectedIndex = 0;
			int previousEnd = 0;
			for (Paragraph paragraph : content.getParagraphs()) {
				assertEquals(paragraph.getText(), paragraph.getText().strip());
				for (Sentence sentence : paragraph.getSentences()) {
					assertEquals(expectedIndex++, sentence.getIndex());
					assertTrue(sentence.getStart() >= paragraph.getStart() && sentence.getEnd() <= paragraph.getEnd());
					assertTrue(sentence.getStart() >= previousEnd, () -> "overlap at " + sentence.getText());
					assertEquals(file.substring(sentence.getStart(), sentence.getEnd()), sentence.getText());
					assertFalse(sentence.getText().isBlank());
					assertEquals(sentence.getText(), sentence.getText().strip());
					previousEnd = sentence.getEnd();
				}
			}
			for (Annotation annotation : content.getAnnotations()) {
				assertEquals(file.substring(annotation.getStart(), annotation.getEnd()), annotation.getText());
			}
		}
	}

	@Test
	void metadataFromTheText() {
		Document withSource = document(SEED_000);
		assertEquals("https://baoquocte.vn/tong-thong-han-quoc-up-mo-kha-nang-cap-vu-khi-cho-ukraine-tim-den-nato-va-ong-trump-ban-ve-trieu-tien-292891.html",
				withSource.getUrl());
		assertEquals("baoquocte.vn", withSource.getPublisher());
		assertTrue(withSource.getTitle().startsWith("Am 7. November erklärte der südkoreanische Präsident Yoon Suk Yeol"));
		assertTrue(withSource.getTitle().length() <= 122 && withSource.getTitle().endsWith("…"), withSource.getTitle());

		Document withDateLine = document(SEED_003);
		assertEquals(LocalDate.of(2024, 10, 24), withDateLine.getPublished());
		assertEquals("Russland und Nordkorea besiegeln strategische Partnerschaft", withDateLine.getTitle());

		assertEquals("Russland ist bereit, Nordkorea zu bewaffnen – Drohung „unglaublich besorgniserregend“",
				document(SEED_004).getTitle());
		assertNull(document(SEED_001).getUrl());
		assertNull(document(SEED_001).getPublished());
	}

	@Test
	void sourceUrlOnTheLineAfterQuelleAndAHeadlineTitle(@TempDir Path temp) throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("artikel.txt"), String.join("\n", "Budget beschlossen", "",
				"Wien – Der Nationalrat hat am Mittwoch das Budget für 2025 beschlossen. Die Opposition stimmte dagegen.",
				"Quelle:", "https://www.example.at/politik/budget-2025", "12.12.2024"), StandardCharsets.UTF_8);
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")))) {
			Document document = store.document("artikel").orElseThrow();
			assertEquals("Budget beschlossen", document.getTitle());
			assertEquals("https://www.example.at/politik/budget-2025", document.getUrl());
			assertEquals("example.at", document.getPublisher());
			assertEquals(LocalDate.of(2024, 12, 12), document.getPublished());
			Content content = store.content("artikel").orElseThrow();
			assertEquals(3, content.getAnnotations().stream().filter(a -> a instanceof Furniture f && f.getKind() == FurnitureKind.METADATA).count());
			assertEquals(3, PageFurniture.articleSentences(content).size());
		}
	}

	@ParameterizedTest(name = "{1} in {0}: {2}")
	@CsvSource(delimiter = ';', value = {
			SEED_003 + "; ADVERTISEMENT; Kostenlose Beratung",
			SEED_003 + "; ADVERTISEMENT; Meldepflicht",
			SEED_003 + "; NAVIGATION; Menü",
			SEED_003 + "; CONTACT; 07930-2699",
			SEED_003 + "; METADATA; 24.10.2024",
			SEED_003 + "; METADATA; 11:32 Uhr",
			SEED_003 + "; NEWSLETTER; Dann melden Sie sich hier für den kostenfreien Kettner Edelmetalle Newsletter an.",
			SEED_003 + "; CONSENT; Diese Einwilligung kann ich jederzeit",
			SEED_003 + "; SEE_ALSO; Wissenswertes zum Thema",
			SEED_004 + "; SEE_ALSO; Iivo Niskanen ging auf seinen Rivalen zu",
			SEED_004 + "; COMMENTS; Schreibe einen Kommentar",
			SEED_004 + "; COMMENTS; Deine E-Mail-Adresse wird nicht veröffentlicht.",
			SEED_004 + "; PHOTO_CREDIT; GAVRIIL GRIGOROV / Sputnik / Kremlin Pool, EPA / AOP",
			SEED_004 + "; OTHER; Die Geschichte geht nach dem Film weiter.",
			SEED_000 + "; COMMENTS; Kommentar (0)",
			SEED_000 + "; METADATA; Quelle: https://baoquocte.vn/",
			SEED_000 + "; PHOTO_CREDIT; (Quelle: KCNA)" })
	void findsPageFurnitureOfEachKind(String id, FurnitureKind kind, String passage) {
		Content content = content(id);
		int at = content.getText().indexOf(passage);
		assertTrue(at >= 0, passage);
		boolean found = content.getAnnotations().stream().anyMatch(a -> a instanceof Furniture f && f.getKind() == kind
				&& f.getStart() <= at && f.getEnd() >= at + passage.length());
		assertTrue(found, () -> kind + " not found around '" + passage + "'; furniture: " + furniture(content));
	}

	@Test
	void cleanArticleTextIsNoFurniture() {
		assertEquals(List.of(), furniture(content(SEED_001)));
		assertEquals(List.of(), furniture(content(SEED_002)));
		Content content = content(SEED_003);
		for (String clean : List.of("Die Reaktion der USA", "Internationale Reaktionen und Besorgnis",
				"Die USA bestätigten Berichte aus Südkorea und der Ukraine über nordkoreanische Truppen in Russland.",
				"Präsident Putin wird sich voraussichtlich am letzten Tag des BRICS-Gipfels in Kasan zu den Entwicklungen äußern.")) {
			int at = content.getText().indexOf(clean);
			assertFalse(PageFurniture.isFurniture(content, at, at + clean.length()), clean);
		}
		Content seed4 = content(SEED_004);
		String subheading = "Südkorea überdenkt seine Position";
		int at = seed4.getText().indexOf(subheading);
		assertFalse(PageFurniture.isFurniture(seed4, at, at + subheading.length()));
		assertTrue(PageFurniture.articleSentences(seed4).stream().anyMatch(s -> s.getText().startsWith("„Wir begrüßen jede Unterstützung")));
	}

	@Test
	void numberDateAndQuoteMentions() {
		NumberMention troops = mention(content(SEED_001), NumberMention.class, "über 10.000 Truppen");
		assertEquals(10000, troops.getValue());
		assertEquals(Qualifier.MORE_THAN, troops.getQualifier());
		assertEquals("Truppen", troops.getUnit());
		NumberMention shells = mention(content(SEED_001), NumberMention.class, "etwa 3,4 Millionen");
		assertEquals(3_400_000, shells.getValue());
		assertEquals(Qualifier.APPROXIMATELY, shells.getQualifier());

		DateMention date = mention(content(SEED_001), DateMention.class, "27. November");
		assertEquals(27, date.getDay());
		assertEquals(11, date.getMonth());
		assertEquals(0, date.getYear());

		QuoteMention miller = mention(content(SEED_004), QuoteMention.class,
				"Jedes Land muss seine eigene Entscheidung darüber treffen, ob es Waffen an die Ukraine liefert.");
		assertEquals("Miller", miller.getSpeaker());
		QuoteMention yoon = mention(content(SEED_003), QuoteMention.class,
				"Wir sind uns einig, dass die Entsendung von Truppen durch Nordkorea nach Russland eine Provokation ist, die über die koreanische Halbinsel und Europa hinausgeht und die globale Sicherheit bedroht");
		assertEquals("Yoon", yoon.getSpeaker());
	}

	@Test
	void noMentionsInsideFurniture() {
		Content content = content(SEED_003);
		for (Annotation annotation : content.getAnnotations()) {
			if (!(annotation instanceof Furniture)) {
				assertFalse(PageFurniture.isFurniture(annotation), () -> annotation.eClass().getName() + " in furniture: " + annotation.getText());
			}
		}
		assertTrue(content.getAnnotations().stream().noneMatch(a -> a instanceof NumberMention && a.getText().equals("150.000")));
		assertTrue(content(SEED_000).getAnnotations().stream().noneMatch(a -> a instanceof NumberMention && a.getText().equals("0")));
	}

	@Test
	void modelQualifiersMatchTheTextAnalysis() {
		for (org.factcheck.text.numbers.Qualifier qualifier : org.factcheck.text.numbers.Qualifier.values()) {
			assertNotNull(Qualifier.valueOf(qualifier.name()));
		}
		assertEquals(org.factcheck.text.numbers.Qualifier.values().length, Qualifier.VALUES.size());
	}

	private static <T extends Annotation> T mention(Content content, Class<T> type, String text) {
		return content.getAnnotations().stream().filter(type::isInstance).map(type::cast)
				.filter(a -> a.getText().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + text + "'"));
	}

	private static List<String> furniture(Content content) {
		return content.getAnnotations().stream().filter(Furniture.class::isInstance)
				.map(a -> ((Furniture) a).getKind() + ": " + a.getText()).toList();
	}

	@Test
	void aManifestReadByMarkersGivesTheEntriesAndLinesOfTheWholeRead(@TempDir Path temp) throws IOException {
		Path file = temp.resolve("manifest.jsonl");
		Files.writeString(file, "{\"id\": \"a\", \"title\": \"A\"}\r\n\r\n{\"id\": \"b\", \"title\": \"B \\\"b\\\"\"}\r"
				+ "{\"id\": \"\\u0063\", \"trust\": \"low\"}\n\n{\"id\": \"d\", \"date\": \"gestern\"}\n{\"id\": \"b\"}\n"
				+ "{\"id\": \"a2\", \"title\": \"a and b\"}\n", StandardCharsets.UTF_8);
		org.factcheck.corpus.store.importer.Manifest whole = org.factcheck.corpus.store.importer.ManifestReader.read(file);
		org.factcheck.corpus.store.importer.Manifest some = org.factcheck.corpus.store.importer.ManifestReader.readLinesWith(file,
				List.of("\"b\"", "\\u"));
		assertEquals(List.of("b", "c"), some.entries().keySet().stream().sorted().toList());
		assertEquals(whole.entry("b"), some.entry("b"));
		assertEquals(whole.entry("c"), some.entry("c"));
		assertEquals(7, some.entry("b").orElseThrow().line());
		org.factcheck.corpus.store.importer.Manifest withD = org.factcheck.corpus.store.importer.ManifestReader.readLinesWith(file,
				List.of("gestern"));
		assertEquals(whole.entry("d"), withD.entry("d"));
		assertEquals(whole.problems().stream().filter(p -> p.line() == 6).toList(), withD.problems());
	}

	/** Manifests whose lines a read by markers finds in the bytes, or (UTF-16, Latin-1 lines) in the decoded text. */
	static List<byte[]> manifestsReadByMarkers() {
		String lines = "{\"id\": \"a\", \"title\": \"Äpfel\"}\r\n\r\n{\"id\": \"b\", \"title\": \"B \\\"b\\\" – „zitiert“\"}\r"
				+ "{\"id\": \"\\u0063\", \"trust\": \"low\"}\n\n\r{\"id\": \"d\", \"date\": \"gestern\"}\n{\"id\": \"b\"}\n"
				+ "{\"id\": \"a2\", \"title\": \"a and b 😀\"}\n{\"id\": \"e\"}";
		byte[] utf8 = lines.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		String latin = lines.replace("Äpfel", "Apfel").replace(" – „zitiert“", "").replace(" 😀", "").replace("\"e\"", "\"e\", \"title\": \"Müll\"");
		return List.of(utf8, bom, (latin.replace("gestern", "gest\u00e9rn")).getBytes(StandardCharsets.ISO_8859_1),
				latin.getBytes(StandardCharsets.ISO_8859_1), ("\uFEFF" + lines).getBytes(StandardCharsets.UTF_16LE),
				(lines + "\n{\"id\": \"f\", \"title\": \"\u00ff\"}\n").replace("\u00ff", "\u0000").getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.MethodSource("manifestsReadByMarkers")
	void aManifestReadByMarkersGivesTheEntriesAndLineNumbersOfTheWholeReadInAnyEncoding(byte[] bytes, @TempDir Path temp)
			throws IOException {
		Path file = temp.resolve("manifest.jsonl");
		Files.write(file, bytes);
		org.factcheck.corpus.store.importer.Manifest whole = org.factcheck.corpus.store.importer.ManifestReader.read(file);
		for (List<String> markers : List.of(List.of("b", "\\u"), List.of("a"), List.of("\"e\""), List.of("d", "gestern"),
				List.of("\"a2\"", "\"b\""), List.of("Müll"), List.of("nowhere"))) {
			org.factcheck.corpus.store.importer.Manifest some = org.factcheck.corpus.store.importer.ManifestReader
					.readLinesWith(file, markers);
			for (String id : some.entries().keySet()) {
				assertEquals(whole.entry(id), some.entry(id), markers + ": " + id);
			}
			List<String> expected = whole.entries().values().stream()
					.filter(entry -> markers.stream().anyMatch(m -> lineOf(bytes, entry.line()).contains(m))).map(e -> e.id())
					.sorted().toList();
			assertEquals(expected, some.entries().keySet().stream().sorted().toList(), markers.toString());
		}
	}

	/**
	 * An entry is read again at the place the whole read gives it (where its line starts in the
	 * bytes), without the rest of the file; a place that is not the start of a line holding a
	 * valid entry of that id gives nothing.
	 */
	@ParameterizedTest
	@org.junit.jupiter.params.provider.MethodSource("manifestsReadByMarkers")
	void anEntryIsReadAgainAtItsPlaceAlone(byte[] bytes, @TempDir Path temp) throws IOException {
		Path file = temp.resolve("manifest.jsonl");
		Files.write(file, bytes);
		org.factcheck.corpus.store.importer.Manifest whole = org.factcheck.corpus.store.importer.ManifestReader.read(file);
		boolean utf16 = (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE;
		int found = 0;
		for (org.factcheck.corpus.store.importer.ManifestEntry entry : whole.entries().values()) {
			if (utf16) {
				assertEquals(-1, entry.offset(), entry.id());
				continue;
			}
			String line = lineOf(bytes, entry.line());
			byte[] lineBytes = Arrays.copyOfRange(bytes, (int) entry.offset(),
					(int) Math.min(bytes.length, entry.offset() + line.getBytes(StandardCharsets.UTF_8).length));
			java.util.Optional<org.factcheck.corpus.store.importer.ManifestEntry> again = org.factcheck.corpus.store.importer.ManifestReader
					.readEntryAt(file, entry.id(), entry.offset(), entry.line());
			if (new String(lineBytes, StandardCharsets.UTF_8).equals(line) && !line.contains("gestern")) {
				assertEquals(java.util.Optional.of(entry), again, entry.id());
				found++;
			} else {
				// a line that is no valid UTF-8, or has problems of its own, is left to the other reads
				assertTrue(again.isEmpty() || again.get().equals(entry), entry.id());
			}
			assertTrue(org.factcheck.corpus.store.importer.ManifestReader
					.readEntryAt(file, entry.id(), entry.offset() + 1, entry.line()).isEmpty(), entry.id() + " one byte on");
			assertTrue(org.factcheck.corpus.store.importer.ManifestReader
					.readEntryAt(file, entry.id() + "x", entry.offset(), entry.line()).isEmpty(), entry.id() + " another id");
		}
		assertTrue(utf16 || found >= 3, "entries read again: " + found);
	}

	/** Line {@code number} of a manifest, decoded as its reader decodes it. */
	private static String lineOf(byte[] bytes, int number) {
		String text = org.factcheck.text.encoding.TextDecoder.decode(bytes).text();
		return text.lines().skip(number - 1).findFirst().orElse("");
	}

	@Test
	void aManifestReadByMarkersChecksOnlyTheLinesItReads(@TempDir Path temp) throws IOException {
		Path file = temp.resolve("manifest.jsonl");
		byte[] head = "{\"id\": \"a\", \"title\": \"Größe\"}\n{\"id\": \"b\", \"title\": \"".getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\"}\n{\"id\": \"c\", \"date\": \"bald\"}\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 1 + tail.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xFF;
		System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
		Files.write(file, bytes);
		org.factcheck.corpus.store.importer.Manifest whole = org.factcheck.corpus.store.importer.ManifestReader.read(file);
		assertEquals(List.of(2, 3), whole.problems().stream().map(p -> p.line()).sorted().toList());
		org.factcheck.corpus.store.importer.Manifest some = org.factcheck.corpus.store.importer.ManifestReader.readLinesWith(file,
				List.of("\"a\""));
		assertEquals(whole.entry("a"), some.entry("a"));
		assertEquals(List.of(), some.problems());
	}
}
