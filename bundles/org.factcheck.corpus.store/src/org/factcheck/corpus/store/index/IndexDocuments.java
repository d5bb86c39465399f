package org.factcheck.corpus.store.index;

import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene documents of one corpus document, added as one block: its record document (id and
 * stored content), then one document per indexed sentence, which keeps only its position, as a doc
 * value: its text is cut from the content's text, which is stored once. A sentence stores no field,
 * so that reading a hit's position does not decompress the stored contents beside it.
 */
public final class IndexDocuments {

	private IndexDocuments() {
	}

	/** The record document: the corpus document's id and its content bytes. */
	public static Document record(String documentId, String source, byte[] content) {
		Document record = new Document();
		record.add(new StringField(IndexFields.DOC, documentId, Field.Store.YES));
		record.add(new StringField(IndexFields.SOURCE, source, Field.Store.NO));
		record.add(new StoredField(IndexFields.CONTENT, content));
		return record;
	}

	/**
	 * The Lucene document of the sentence at {@code ordinal} among the document's indexed sentences,
	 * which follow its record document in that order.
	 */
	public static Document sentence(String documentId, String source, IndexedSentence sentence, int ordinal) {
		Document d = new Document();
		d.add(new StringField(IndexFields.DOC, documentId, Field.Store.NO));
		d.add(new StringField(IndexFields.SOURCE, source, Field.Store.NO));
		d.add(new BinaryDocValuesField(IndexFields.SENTENCE, new BytesRef(SentenceRecord.encode(documentId, sentence, ordinal + 1))));
		d.add(new Field(IndexFields.TEXT, sentence.text(), IndexFields.TEXT_TYPE));
		return d;
	}

	/** A whole block: the record document and the sentences' documents. */
	public static List<Document> block(String documentId, String source, byte[] content, List<IndexedSentence> sentences) {
		Document[] block = new Document[sentences.size() + 1];
		block[0] = record(documentId, source, content);
		for (int i = 0; i < sentences.size(); i++) {
			block[i + 1] = sentence(documentId, source, sentences.get(i), i);
		}
		return List.of(block);
	}
}
