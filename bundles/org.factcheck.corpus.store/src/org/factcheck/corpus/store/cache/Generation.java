package org.factcheck.corpus.store.cache;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.store.index.IndexFields;

/**
 * One committed generation of a cache, open for reading: the document records, contents and the
 * sentence index exactly as they were committed, whatever later generations change. Thread-safe.
 */
public final class Generation implements Closeable {

	/** Commit data: the version of everything that determines the cache's content. */
	static final String VERSION = "factcheck.version";
	/** Commit data: the corpus folder. */
	static final String CORPUS = "factcheck.corpus";

	/** Indexes up to this size have every file's checksum verified when opened (cheap against the import). */
	static final long VERIFY_ALL_UP_TO = 64L << 20;

	/** Where a document's record lives in the index (leaf and document within it) and its head. */
	private record Entry(int leaf, int doc, DocumentRecord.Head head) {
	}

	private final Directory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final Map<String, Entry> records;
	private final Set<String> damaged;

	private Generation(Directory directory, DirectoryReader reader, Map<String, Entry> records, Set<String> damaged) {
		this.directory = directory;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.records = records;
		this.damaged = damaged;
	}

	/**
	 * Opens the latest commit of the index in {@code folder} and reads its document records.
	 *
	 * @throws IOException if the index cannot be opened (missing or damaged files)
	 */
	static Generation open(Path folder) throws IOException {
		Directory directory = FSDirectory.open(folder);
		DirectoryReader reader = null;
		try {
			reader = DirectoryReader.open(directory);
			verifyChecksumsIfSmall(directory, reader);
			Map<String, Entry> records = new HashMap<>();
			Set<String> damaged = new LinkedHashSet<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				LeafReader leafReader = leaf.reader();
				BinaryDocValues values = leafReader.getBinaryDocValues(IndexFields.RECORD);
				if (values == null) {
					continue;
				}
				Bits live = leafReader.getLiveDocs();
				StoredFields stored = null;
				for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
					if (live != null && !live.get(doc)) {
						continue;
					}
					BytesRef value = values.binaryValue();
					try {
						DocumentRecord.Head head = DocumentRecord.decodeHead(value.bytes, value.offset, value.length);
						records.put(head.id(), new Entry(leaf.ord, doc, head));
					} catch (DamagedCacheException e) {
						if (stored == null) {
							stored = leafReader.storedFields();
						}
						String id = stored.document(doc, Set.of(IndexFields.DOC)).get(IndexFields.DOC);
						damaged.add(id == null ? "" : id);
					}
				}
			}
			return new Generation(directory, reader, records, damaged);
		} catch (IOException | RuntimeException e) {
			try {
				if (reader != null) {
					reader.close();
				}
			} finally {
				directory.close();
			}
			throw e;
		}
	}

	/**
	 * Lucene checks every file's header, footer and length when it opens an index; a small index has
	 * the checksums of all its bytes verified as well. Larger ones rely on the checksums of what is
	 * read (records, contents, sentences).
	 */
	private static void verifyChecksumsIfSmall(Directory directory, DirectoryReader reader) throws IOException {
		long size = 0;
		for (String file : directory.listAll()) {
			size += directory.fileLength(file);
		}
		if (size <= VERIFY_ALL_UP_TO) {
			for (LeafReaderContext leaf : reader.leaves()) {
				leaf.reader().checkIntegrity();
			}
		}
	}

	/** The commit data of this generation. */
	Map<String, String> userData() throws IOException {
		return reader.getIndexCommit().getUserData();
	}

	/** The heads of the records of all documents (what an update compares), by id. */
	public Map<String, DocumentRecord.Head> heads() {
		Map<String, DocumentRecord.Head> all = new HashMap<>(records.size() * 2);
		records.forEach((id, entry) -> all.put(id, entry.head()));
		return all;
	}

	public DocumentRecord.Head head(String id) {
		Entry entry = records.get(id);
		return entry == null ? null : entry.head();
	}

	/** The full record of a document, read again from the index; null if there is none or it is damaged. */
	public DocumentRecord record(String id) {
		Entry entry = records.get(id);
		if (entry == null) {
			return null;
		}
		try {
			BinaryDocValues values = reader.leaves().get(entry.leaf()).reader().getBinaryDocValues(IndexFields.RECORD);
			if (values == null || !values.advanceExact(entry.doc())) {
				return null;
			}
			BytesRef value = values.binaryValue();
			return DocumentRecord.decode(value.bytes, value.offset, value.length);
		} catch (IOException e) {
			return null;
		}
	}

	/** Ids of documents whose record failed its checksum when this generation was opened ("" if unknown). */
	public Set<String> damagedRecords() {
		return Collections.unmodifiableSet(damaged);
	}

	/** The stored content bytes of a document (see {@link ContentCodec}), or null if it has none. */
	public byte[] content(String id) throws IOException {
		Entry entry = records.get(id);
		if (entry == null) {
			return null;
		}
		Document document = reader.leaves().get(entry.leaf()).reader().storedFields().document(entry.doc(),
				Set.of(IndexFields.CONTENT));
		BytesRef bytes = document.getBinaryValue(IndexFields.CONTENT);
		return bytes == null ? null : BytesRef.deepCopyOf(bytes).bytes;
	}

	public IndexSearcher searcher() {
		return searcher;
	}

	/** Ids of all documents, in order. */
	public List<String> ids() {
		List<String> ids = new ArrayList<>(records.keySet());
		ids.sort(null);
		return ids;
	}

	public int size() {
		return records.size();
	}

	@Override
	public void close() throws IOException {
		try {
			reader.close();
		} finally {
			directory.close();
		}
	}
}
