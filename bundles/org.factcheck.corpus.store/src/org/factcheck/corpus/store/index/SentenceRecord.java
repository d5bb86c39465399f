package org.factcheck.corpus.store.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The stored position of an indexed sentence: its index in the document, its offsets, how many
 * Lucene documents before it its document's record lies (whose content holds the text the sentence
 * is cut from) and a CRC32C over document id, position and text, so that a damaged sentence is
 * never served as evidence.
 *
 * @param distance how far the record document lies before the sentence's Lucene document
 */
public record SentenceRecord(int index, int start, int end, int distance, int checksum) {

	private static final int LENGTH = 20;

	public static byte[] encode(String documentId, IndexedSentence sentence, int distance) {
		return ByteBuffer.allocate(LENGTH).putInt(sentence.index()).putInt(sentence.start()).putInt(sentence.end())
				.putInt(distance)
				.putInt(crc(documentId, sentence.index(), sentence.start(), sentence.end(), distance, sentence.text()))
				.array();
	}

	/** The stored position, or null if the bytes cannot be one. */
	public static SentenceRecord decode(byte[] bytes, int offset, int length) {
		if (bytes == null || length != LENGTH) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
		SentenceRecord record = new SentenceRecord(in.getInt(), in.getInt(), in.getInt(), in.getInt(), in.getInt());
		return record.start < 0 || record.end < record.start || record.distance <= 0 ? null : record;
	}

	/** The sentence cut from its document's text, or null if it does not match the checksum. */
	public IndexedSentence sentenceOf(String documentId, String documentText) {
		if (documentId == null || documentText == null || end > documentText.length()) {
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
