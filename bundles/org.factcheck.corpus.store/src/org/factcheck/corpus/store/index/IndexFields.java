package org.factcheck.corpus.store.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of the cache's Lucene index. Each source file is one block of Lucene documents,
 * replaced as a whole: one record document per corpus document (its {@link #RECORD} doc value and
 * {@link #CONTENT}), then one Lucene document per indexed sentence ({@link IndexDocuments}).
 */
public final class IndexFields {

	/** The corpus document id, on records (string, stored) and sentences (string). */
	public static final String DOC = "doc";
	/** The source file name, on records and sentences: the unit of replacement (string). */
	public static final String SOURCE = "src";
	/** The corpus document id, on records only (string): addresses a record for doc value updates. */
	public static final String RECORD_ID = "rid";
	/** The document record ({@code DocumentRecord}) as a binary doc value. */
	public static final String RECORD = "record";
	/** The document content ({@code ContentCodec}), stored. */
	public static final String CONTENT = "content";
	/** A sentence's document id, index, offsets, record distance and checksum ({@link SentenceRecord}) as a binary doc value. */
	public static final String SENTENCE = "sentence";
	/** A sentence's text: analysed for search, not stored (it is cut from the content's text). */
	public static final String TEXT = "text";

	/**
	 * How {@link #TEXT} is indexed: documents and term frequencies, which is all a search of terms
	 * scored by BM25 reads, without the positions no query asks for; not stored.
	 */
	public static final FieldType TEXT_TYPE = textType();

	private static FieldType textType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	/**
	 * The bytes of a stored binary value, without copying them when the value spans its whole array:
	 * a document read from stored fields owns a new array per value, and the {@link #CONTENT} of a
	 * 50 MB document is as large.
	 */
	public static byte[] bytes(BytesRef value) {
		return value.offset == 0 && value.length == value.bytes.length ? value.bytes : BytesRef.deepCopyOf(value).bytes;
	}

	private IndexFields() {
	}
}
