package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.store.index.GermanSentenceAnalyzer;
import org.factcheck.corpus.store.index.IndexFields;
import org.factcheck.corpus.store.index.IndexDocuments;
import org.factcheck.corpus.store.index.IndexedSentence;

/**
 * Writes the next generation of a cache: source files are replaced, restamped or removed as whole
 * blocks, and nothing is visible to readers until {@link #commit}; a writer closed without a commit
 * (or a process killed before it) leaves the previous generation as it was. Thread-safe.
 */
final class GenerationWriter implements AutoCloseable {

	/** A document ready to be stored: its record and content bytes and its indexed sentences. */
	record StoredDocument(DocumentRecord record, byte[] content, List<IndexedSentence> sentences) {
	}

	private static final double RAM_BUFFER_MB = 64;

	private final IndexWriter writer;
	/** Whether the index was empty when opened: each source is then written once and deletes nothing. */
	private final boolean fresh;
	private boolean committed;

	private GenerationWriter(IndexWriter writer, boolean fresh) {
		this.writer = writer;
		this.fresh = fresh;
	}

	/** Opens the cache's index for writing; {@code create} starts from an empty index. */
	static GenerationWriter open(Directory directory, boolean create) throws IOException {
		TieredMergePolicy merges = new TieredMergePolicy();
		IndexWriterConfig config = new IndexWriterConfig(new GermanSentenceAnalyzer())
				.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
				.setRAMBufferSizeMB(RAM_BUFFER_MB)
				.setCommitOnClose(false)
				.setMergePolicy(merges);
		return new GenerationWriter(new IndexWriter(directory, config), create);
	}

	/**
	 * Replaces everything imported from {@code source} by {@code documents} (none: removes it). In
	 * a fresh index, where each source is written once, the documents are only added: a delete
	 * term per source would be looked up in every segment at each flush. The Lucene documents are
	 * made one at a time as the writer takes them (a 50 MB document has 360,000 sentences).
	 */
	void replace(String source, List<StoredDocument> documents) throws IOException {
		if (documents.isEmpty()) {
			writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
			return;
		}
		Iterable<org.apache.lucene.document.Document> block = () -> new Iterator<>() {
			private int document;
			/** The next sentence of the current document; -1 before its record. */
			private int sentence = -1;

			@Override
			public boolean hasNext() {
				return document < documents.size();
			}

			@Override
			public org.apache.lucene.document.Document next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				StoredDocument stored = documents.get(document);
				org.apache.lucene.document.Document next = sentence < 0 ? recordOf(source, stored)
						: IndexDocuments.sentence(stored.record().id(), source, stored.sentences().get(sentence), sentence);
				if (++sentence == stored.sentences().size()) {
					document++;
					sentence = -1;
				}
				return next;
			}
		};
		if (fresh) {
			writer.addDocuments(block);
		} else {
			writer.updateDocuments(new Term(IndexFields.SOURCE, source), block);
		}
	}

	private static org.apache.lucene.document.Document recordOf(String source, StoredDocument document) {
		String id = document.record().id();
		org.apache.lucene.document.Document record = IndexDocuments.record(id, source, document.content());
		record.add(new StringField(IndexFields.RECORD_ID, id, Field.Store.NO));
		record.add(new BinaryDocValuesField(IndexFields.RECORD, new BytesRef(document.record().encode())));
		return record;
	}

	/** Records a new stamp of an unchanged document. */
	void restamp(DocumentRecord record) throws IOException {
		writer.updateBinaryDocValue(new Term(IndexFields.RECORD_ID, record.id()), IndexFields.RECORD,
				new BytesRef(record.encode()));
	}

	/** Removes the documents of {@code source}. */
	void remove(String source) throws IOException {
		writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
	}

	/** Makes everything written so far the cache's current generation, atomically and durably. */
	void commit(Map<String, String> userData) throws IOException {
		writer.setLiveCommitData(userData.entrySet());
		writer.commit();
		committed = true;
	}

	/** Closes; without a commit, discards everything written. */
	@Override
	public void close() throws IOException {
		if (committed) {
			writer.close();
		} else {
			writer.rollback();
		}
	}
}
