package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.corpus.Content;
import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Sentence;
import org.factcheck.corpus.store.cache.ContentCodec;
import org.factcheck.corpus.store.cache.DamagedCacheException;
import org.factcheck.corpus.store.cache.DocumentRecord;
import org.factcheck.corpus.store.cache.FileStamp;
import org.junit.jupiter.api.Test;

/** What the cache stores per document reads back exactly, and never when a byte of it changed. */
class RecordsTest {

	private static DocumentRecord record() {
		return new DocumentRecord("doc-1", "doc-1.txt", new FileStamp(42, 1_000, 2_000, 77), 3_000, "sha256:ab", "fp",
				new DocumentRecord.Metadata("Titel", "https://example.org", "example.org", LocalDate.of(2024, 6, 21),
						null, "de", "/corpus/doc-1.txt", "Maria Gruber", 0, Map.of("trust", "low", "rank", "3")),
				List.of(new DocumentRecord.Problem(2, 10, "invalid UTF-8 (1 byte) replaced by U+FFFD")));
	}

	@Test
	void aRecordReadsBackAsWritten() throws DamagedCacheException {
		byte[] bytes = record().encode();
		assertEquals(record(), DocumentRecord.decode(bytes, 0, bytes.length));
	}

	/** Where the document's manifest entry was found is kept with its record, and kept by a new stamp. */
	@Test
	void theManifestPlaceOfARecordReadsBackAsWritten() throws DamagedCacheException {
		DocumentRecord placed = record().placed(new DocumentRecord.ManifestPlace(18_766_500L, 99_999));
		byte[] bytes = placed.encode();
		DocumentRecord read = DocumentRecord.decode(bytes, 0, bytes.length);
		assertEquals(new DocumentRecord.ManifestPlace(18_766_500L, 99_999), read.manifestPlace());
		assertEquals(placed, read);
		assertEquals(placed.manifestPlace(), read.restamped(new FileStamp(1, 2, 3, 4), 5).manifestPlace());
		assertEquals(DocumentRecord.ManifestPlace.NONE, record().manifestPlace());
	}

	/** The head an update compares gives the record's id, source, stamp and problem count, whatever form the source has. */
	@Test
	void theHeadOfARecordGivesItsFieldsAndComparesItsSource() throws DamagedCacheException {
		for (DocumentRecord record : List.of(record(),
				new DocumentRecord("straße", "dump.jsonl/straße", new FileStamp(1, 2, 3, 4), 5, "sha256:cd", "", null, List.of()),
				new DocumentRecord("ä", "ä.txt", new FileStamp(1, 2, 3, 4), 5, "h", "f", null, List.of()),
				new DocumentRecord("/x", "/x.txt", new FileStamp(1, 2, 3, 4), 5, "h", "f", null, List.of()),
				new DocumentRecord("doc", "doc", new FileStamp(1, 2, 3, 4), 5, "h", "f", null, List.of()),
				new DocumentRecord("doc", "other.txt", new FileStamp(1, 2, 3, 4), 5, "h", "f", null, List.of()),
				new DocumentRecord("a", "a/b.jsonl", new FileStamp(1, 2, 3, 4), 5, "h", "f", null, List.of()),
				new DocumentRecord("xä", "xä.übersicht.html", new FileStamp(1, 2, 3, 4), 5, "h", "f", null,
						List.of()))) {
			byte[] bytes = withMetadata(record).encode();
			byte[] padded = new byte[bytes.length + 7];
			System.arraycopy(bytes, 0, padded, 3, bytes.length);
			DocumentRecord.Head head = DocumentRecord.decodeHead(padded, 3, bytes.length);
			assertEquals(record.id(), head.id());
			assertEquals(record.stamp(), head.stamp());
			assertEquals(record.stampedAt(), head.stampedAt());
			assertEquals(record.problems().size(), head.problems());
			assertTrue(head.sourceIs(record.source()), record.source());
			assertFalse(head.sourceIs(record.source() + "x"));
			String comma = record.source().replace('.', ',');
			assertEquals(comma.equals(record.source()), head.sourceIs(comma), comma);
			String umlaut = record.source().replace('a', '\u00e4');
			assertEquals(umlaut.equals(record.source()), head.sourceIs(umlaut), "same length in chars, other bytes");
			assertEquals(record.source().indexOf('/') > 0, head.isPart(), record.source());
			assertEquals(record.source(), head.source());
			assertEquals(record.source().equals(record.id()), head.sourceIs(record.id()), "the id alone");
		}
	}

	/**
	 * A head vouches for a file only with its full stamp, taken long enough after the file was last
	 * changed; a stamp without change time or inode never vouches.
	 */
	@Test
	void aHeadVouchesOnlyForTheSameStampTakenOutsideTheRacyWindow() throws DamagedCacheException {
		long second = 1_000_000_000L;
		FileStamp stamp = new FileStamp(42, 100 * second, 101 * second, 7);
		DocumentRecord settled = new DocumentRecord("d", "d.txt", stamp, 200 * second, "h", "", null, List.of());
		DocumentRecord racy = new DocumentRecord("d", "d.txt", stamp, 102 * second, "h", "", null, List.of());
		DocumentRecord.Head head = head(settled);
		assertTrue(head.vouchesFor(stamp));
		assertEquals(stamp, head.stamp());
		assertFalse(head(racy).vouchesFor(stamp), "stamped within the racy window");
		assertFalse(head.vouchesFor(new FileStamp(43, 100 * second, 101 * second, 7)), "size");
		assertFalse(head.vouchesFor(new FileStamp(42, 99 * second, 101 * second, 7)), "modified");
		assertFalse(head.vouchesFor(new FileStamp(42, 100 * second, 150 * second, 7)), "changed (same size and mtime)");
		assertFalse(head.vouchesFor(new FileStamp(42, 100 * second, 101 * second, 8)), "inode");
		assertFalse(head.vouchesFor(new FileStamp(42, 100 * second, -1, -1)), "no change time or inode");
		for (DocumentRecord record : List.of(settled, racy)) {
			for (FileStamp now : List.of(stamp, new FileStamp(42, 100 * second, 150 * second, 7),
					new FileStamp(42, 100 * second, -1, -1))) {
				assertEquals(now.sameAs(record.stamp()) && !record.stamp().isRacy(record.stampedAt()),
						head(record).vouchesFor(now), now + " against " + record);
			}
		}
	}

	private static DocumentRecord.Head head(DocumentRecord record) throws DamagedCacheException {
		byte[] bytes = withMetadata(record).encode();
		return DocumentRecord.decodeHead(bytes, 0, bytes.length);
	}

	private static DocumentRecord withMetadata(DocumentRecord record) {
		return record.metadata() != null ? record
				: new DocumentRecord(record.id(), record.source(), record.stamp(), record.stampedAt(), record.hash(),
						record.manifestFingerprint(), new DocumentRecord.Metadata(null, null, null, null, null, null, null,
								null, 0),
						record.problems());
	}

	@Test
	void anyChangedByteOfARecordIsDetected() {
		byte[] bytes = record().encode();
		for (int i = 0; i < bytes.length; i++) {
			byte[] damaged = bytes.clone();
			damaged[i] ^= 0x10;
			assertThrows(DamagedCacheException.class, () -> DocumentRecord.decode(damaged, 0, damaged.length), "byte " + i);
		}
		assertThrows(DamagedCacheException.class, () -> DocumentRecord.decode(bytes, 0, bytes.length - 1));
	}

	@Test
	void aContentReadsBackAndAnyChangedByteOrAnotherIdIsDetected() throws DamagedCacheException {
		Content content = CorpusFactory.eINSTANCE.createContent();
		content.setText("Die Regierung tagt.");
		var paragraph = CorpusFactory.eINSTANCE.createParagraph();
		Sentence sentence = CorpusFactory.eINSTANCE.createSentence();
		sentence.setEnd(19);
		paragraph.getSentences().add(sentence);
		content.getParagraphs().add(paragraph);
		byte[] bytes = ContentCodec.encode("doc-1", content);

		Content read = ContentCodec.decode("doc-1", bytes, new BinaryResourceImpl());
		assertEquals("Die Regierung tagt.", read.getText());
		assertEquals("Die Regierung tagt.", content.getText(), "the encoded content keeps its text");
		assertEquals("Die Regierung tagt.", ContentCodec.text("doc-1", bytes));
		assertEquals(19, read.getParagraphs().get(0).getSentences().get(0).getEnd());
		assertThrows(DamagedCacheException.class, () -> ContentCodec.decode("doc-2", bytes, new BinaryResourceImpl()));
		assertThrows(DamagedCacheException.class, () -> ContentCodec.text("doc-2", bytes));
		for (int i = 0; i < bytes.length; i++) {
			byte[] damaged = bytes.clone();
			damaged[i] ^= 0x01;
			assertThrows(DamagedCacheException.class, () -> ContentCodec.decode("doc-1", damaged, new BinaryResourceImpl()),
					"byte " + i);
			assertThrows(DamagedCacheException.class, () -> ContentCodec.text("doc-1", damaged), "byte " + i);
		}
		assertThrows(DamagedCacheException.class, () -> ContentCodec.text("doc-1", Arrays.copyOf(bytes, 5)));
	}

	/**
	 * Contents are read and written through a buffer; the bytes are those of EMF's unbuffered binary
	 * form of the content without its text, followed by the text in UTF-8, and a content of many
	 * sentences survives the buffer's boundaries.
	 */
	@Test
	void aContentIsStoredInEmfsBinaryFormAndALargeOneReadsBack() throws Exception {
		Content content = CorpusFactory.eINSTANCE.createContent();
		StringBuilder text = new StringBuilder();
		var paragraph = CorpusFactory.eINSTANCE.createParagraph();
		for (int i = 0; i < 20_000; i++) {
			Sentence sentence = CorpusFactory.eINSTANCE.createSentence();
			sentence.setStart(text.length());
			text.append("Satz ").append(i).append(" über die Straße. ");
			sentence.setEnd(text.length() - 1);
			sentence.setIndex(i);
			paragraph.getSentences().add(sentence);
		}
		content.setText(text.toString());
		content.getParagraphs().add(paragraph);
		byte[] bytes = ContentCodec.encode("doc-1", content);

		BinaryResourceImpl unbuffered = new BinaryResourceImpl(URI.createURI("factcheck-content:/doc-1"));
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		Content withoutText = EcoreUtil.copy(content);
		withoutText.setText(null);
		unbuffered.getContents().add(withoutText);
		unbuffered.save(plain, Map.of(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1,
				BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE,
				BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE));
		byte[] textBytes = text.toString().getBytes(StandardCharsets.UTF_8);
		assertEquals(HexFormat.of().formatHex(plain.toByteArray()) + HexFormat.of().formatHex(textBytes),
				HexFormat.of().formatHex(Arrays.copyOf(bytes, bytes.length - 12)));

		Content read = ContentCodec.decode("doc-1", bytes, new BinaryResourceImpl());
		assertEquals(text.toString(), read.getText());
		List<Sentence> sentences = read.getParagraphs().get(0).getSentences();
		assertEquals(20_000, sentences.size());
		assertEquals(19_999, sentences.get(19_999).getIndex());
		assertEquals(text.length() - 1, sentences.get(19_999).getEnd());
	}
}
