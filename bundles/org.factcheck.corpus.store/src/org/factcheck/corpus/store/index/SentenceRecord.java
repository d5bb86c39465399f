package org.factcheck.corpus.store.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The stored position of an indexed sentence: its index in the document, its offsets and a CRC32C
 * over document id, position and text, so that a damaged sentence is never served as evidence.
 */
public final class SentenceRecord {

	private static final int LENGTH = 16;

	private SentenceRecord() {
	}

	public static byte[] encode(String documentId, IndexedSentence sentence) {
		return ByteBuffer.allocate(LENGTH).putInt(sentence.index()).putInt(sentence.start()).putInt(sentence.end())
				.putInt(crc(documentId, sentence.index(), sentence.start(), sentence.end(), sentence.text())).array();
	}

	/** The sentence, or null if the stored values do not match their checksum. */
	public static IndexedSentence decode(String documentId, byte[] bytes, String text) {
		if (documentId == null || bytes == null || text == null || bytes.length != LENGTH) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		int index = in.getInt();
		int start = in.getInt();
		int end = in.getInt();
		if (in.getInt() != crc(documentId, index, start, end, text) || start < 0 || end < start) {
			return null;
		}
		return new IndexedSentence(index, start, end, text);
	}

	private static int crc(String documentId, int index, int start, int end, String text) {
		CRC32C crc = new CRC32C();
		crc.update(documentId.getBytes(StandardCharsets.UTF_8));
		crc.update(ByteBuffer.allocate(12).putInt(index).putInt(start).putInt(end).array());
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}
}
