package org.factcheck.corpus.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Adds, replaces and deletes the sentences of documents in the index; thread-safe. Each commit
 * records an id that the cache state refers to, so that a half-finished update is detected.
 */
public final class SentenceIndexWriter implements Closeable {

	static final String DOCUMENT = "doc";
	static final String SENTENCE = "sentence";
	static final String START = "start";
	static final String END = "end";
	static final String TEXT = "text";
	private static final String COMMIT = "factcheck.commit";
	private static final double RAM_BUFFER_MB = 64;

	private final Directory directory;
	private final IndexWriter writer;

	private SentenceIndexWriter(Directory directory, IndexWriter writer) {
		this.directory = directory;
		this.writer = writer;
	}

	/** Opens the index in {@code folder} for writing; {@code create} starts an empty index. */
	public static SentenceIndexWriter open(Path folder, boolean create) throws IOException {
		Files.createDirectories(folder);
		Directory directory = FSDirectory.open(folder);
		IndexWriterConfig config = new IndexWriterConfig(new GermanSentenceAnalyzer())
				.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(RAM_BUFFER_MB);
		try {
			return new SentenceIndexWriter(directory, new IndexWriter(directory, config));
		} catch (IOException | RuntimeException e) {
			directory.close();
			throw e;
		}
	}

	/** The commit id of the index in {@code folder}, or null if there is no readable index. */
	public static String commitId(Path folder) {
		if (!Files.isDirectory(folder)) {
			return null;
		}
		try (Directory directory = FSDirectory.open(folder)) {
			if (!DirectoryReader.indexExists(directory)) {
				return null;
			}
			return SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Replaces all sentences of a document. */
	public void replace(String documentId, List<IndexedSentence> sentences) throws IOException {
		List<Document> documents = new ArrayList<>(sentences.size());
		for (IndexedSentence sentence : sentences) {
			Document d = new Document();
			d.add(new StringField(DOCUMENT, documentId, Field.Store.YES));
			d.add(new StoredField(SENTENCE, sentence.index()));
			d.add(new StoredField(START, sentence.start()));
			d.add(new StoredField(END, sentence.end()));
			d.add(new TextField(TEXT, sentence.text(), Field.Store.YES));
			documents.add(d);
		}
		writer.updateDocuments(new Term(DOCUMENT, documentId), documents);
	}

	public void delete(String documentId) throws IOException {
		writer.deleteDocuments(new Term(DOCUMENT, documentId));
	}

	public void commit(String commitId) throws IOException {
		writer.setLiveCommitData(Map.of(COMMIT, commitId).entrySet());
		writer.commit();
	}

	@Override
	public void close() throws IOException {
		try {
			writer.close();
		} finally {
			directory.close();
		}
	}
}
