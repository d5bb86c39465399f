package org.factcheck.corpus.store.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The position of an indexed sentence, kept as a doc value: its document's id, its index in the
 * document, its offsets, how many Lucene documents before it its document's record lies (whose
 * content holds the text the sentence is cut from) and a CRC32C over document id, position and
 * text, so that a damaged sentence is never served as evidence.
 *
 * @param distance how far the record document lies before the sentence's Lucene document
 */
public record SentenceRecord(String documentId, int index, int start, int end, int distance, int checksum) {

	/** The bytes of the position and checksum, before the document id's. */
	private static final int LENGTH = 20;

	public static byte[] encode(String documentId, IndexedSentence sentence, int distance) {
		byte[] id = documentId.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(LENGTH + id.length).putInt(sentence.index()).putInt(sentence.start())
				.putInt(sentence.end()).putInt(distance)
				.putInt(crc(documentId, sentence.index(), sentence.start(), sentence.end(), distance, sentence.text()))
				.put(id).array();
	}

	/** The kept position, or null if the bytes cannot be one. */
	public static SentenceRecord decode(byte[] bytes, int offset, int length) {
		if (bytes == null || length <= LENGTH) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
		SentenceRecord record = new SentenceRecord(new String(bytes, offset + LENGTH, length - LENGTH, StandardCharsets.UTF_8),
				in.getInt(), in.getInt(), in.getInt(), in.getInt(), in.getInt());
		return record.start < 0 || record.end < record.start || record.distance <= 0 ? null : record;
	}

	/** The sentence cut from its document's text, or null if it does not match the checksum. */
	public IndexedSentence sentenceOf(String documentText) {
		if (documentText == null || end > documentText.length()) {
			return null;
		}
		String text = documentText.substring(start, end);
		return crc(documentId, index, start, end, distance, text) == checksum ? new IndexedSentence(index, start, end, text)
				: null;
	}

	private static int crc(String documentId, int index, int start, int end, int distance, String text) {
		CRC32C crc = new CRC32C();
		crc.update(documentId.getBytes(StandardCharsets.UTF_8));
		crc.update(ByteBuffer.allocate(16).putInt(index).putInt(start).putInt(end).putInt(distance).array());
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}
}
