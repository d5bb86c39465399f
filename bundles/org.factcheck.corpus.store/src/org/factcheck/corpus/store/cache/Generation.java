package org.factcheck.corpus.store.cache;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
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

	/**
	 * The records of one segment as decoded when a generation opened it, live or not: what a later
	 * generation reuses while the segment's files (its core and its doc-values updates) are the
	 * same. {@code damaged} holds the documents whose record failed its checksum, with their ids.
	 */
	private record SegmentRecords(Object core, long docValuesGen, int[] docs, DocumentRecord.Head[] heads,
			Map<Integer, String> damaged) {

		boolean sameFilesAs(LeafReader leaf) {
			return leaf.getCoreCacheHelper() != null && leaf.getCoreCacheHelper().getKey() == core
					&& Generation.docValuesGen(leaf) == docValuesGen;
		}
	}

	/** The index as Lucene opened it, with where each record lives. */
	private record Index(Directory directory, DirectoryReader reader, IndexSearcher searcher,
			List<SegmentRecords> segments, Map<String, Entry> records) {
	}

	private final Path folder;
	/** What the generation was opened from without Lucene; null if Lucene opened it. */
	private final GenerationSummary summary;
	/** The heads by id (with their place in the index when Lucene opened it). */
	private final Map<String, Entry> records;
	private final Set<String> damaged;
	/** Null until the index is needed, when opened from a summary. */
	private volatile Index index;
	/** Whether the directory now belongs to a later generation ({@link #reopen()}). */
	private boolean directoryHandedOn;

	private Generation(Path folder, Directory directory, DirectoryReader reader, List<SegmentRecords> segments) {
		this.folder = folder;
		this.summary = null;
		Map<String, Entry> located = HashMap.newHashMap(segments.stream().mapToInt(segment -> segment.docs().length).sum());
		this.damaged = new LinkedHashSet<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			SegmentRecords segment = segments.get(leaf.ord);
			Bits live = leaf.reader().getLiveDocs();
			for (int k = 0; k < segment.docs().length; k++) {
				int doc = segment.docs()[k];
				if (live == null || live.get(doc)) {
					located.put(segment.heads()[k].id(), new Entry(leaf.ord, doc, segment.heads()[k]));
				}
			}
			segment.damaged().forEach((doc, id) -> {
				if (live == null || live.get(doc)) {
					damaged.add(id);
				}
			});
		}
		this.records = located;
		this.index = new Index(directory, reader, new IndexSearcher(reader), segments, located);
	}

	private Generation(Path folder, GenerationSummary summary) {
		this.folder = folder;
		this.summary = summary;
		this.records = HashMap.newHashMap(summary.capacity());
		for (DocumentRecord.Head head : summary.heads()) {
			records.put(head.id(), new Entry(-1, -1, head));
		}
		this.damaged = Set.of();
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
			verifyChecksumsIfSmall(directory, reader, null);
			List<SegmentRecords> segments = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				segments.add(decode(leaf.reader()));
			}
			return new Generation(folder, directory, reader, segments);
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
	 * The generation a verified summary describes ({@link GenerationSummary#readVerified}), without
	 * opening the index: its heads, problems and commit data are the summary's. The index is opened
	 * when first needed (a full record, a content, the searcher); if another commit has replaced the
	 * summarized one by then, that fails as a damaged cache does.
	 */
	static Generation of(Path folder, GenerationSummary summary) {
		return new Generation(folder, summary);
	}

	/** The index, opened now if this generation was opened from a summary. */
	private Index index() throws IOException {
		Index opened = index;
		if (opened != null) {
			return opened;
		}
		synchronized (this) {
			if (index == null) {
				Generation latest = open(folder);
				Index latestIndex = latest.index;
				if (!latestIndex.reader().getIndexCommit().getSegmentsFileName().equals(summary.segments())) {
					latest.close();
					throw new IOException("the cache in " + folder + " was replaced by another process while it was open");
				}
				index = latestIndex;
			}
			return index;
		}
	}

	/** The index, opened now if needed; a failure to open it is unchecked. */
	private Index openedIndex() {
		try {
			return index();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What {@link GenerationSummary} keeps of this generation, or empty if it cannot be kept so
	 * (it was opened from one, has damaged records, or is too large for a summary to be used).
	 */
	Optional<GenerationSummary> summary() throws IOException {
		Index opened = index;
		if (summary != null || opened == null || !damaged.isEmpty()) {
			return Optional.empty();
		}
		IndexCommit commit = opened.reader().getIndexCommit();
		List<GenerationSummary.CommitFile> files = new ArrayList<>();
		long size = 0;
		for (String name : commit.getFileNames()) {
			long length = opened.directory().fileLength(name);
			size += length;
			files.add(new GenerationSummary.CommitFile(name, length, GenerationSummary.footerChecksum(folder.resolve(name))));
		}
		if (size > VERIFY_ALL_UP_TO) {
			return Optional.empty();
		}
		// the heads in the order this generation took them, so that a generation opened from the
		// summary iterates them in the same order
		List<DocumentRecord.Head> heads = new ArrayList<>(records.size());
		int capacity = 0;
		for (LeafReaderContext leaf : opened.reader().leaves()) {
			SegmentRecords segment = opened.segments().get(leaf.ord);
			Bits live = leaf.reader().getLiveDocs();
			capacity += segment.docs().length;
			for (int k = 0; k < segment.docs().length; k++) {
				if (live == null || live.get(segment.docs()[k])) {
					heads.add(segment.heads()[k]);
				}
			}
		}
		Map<String, byte[]> withProblems = new HashMap<>();
		for (Entry entry : records.values()) {
			if (entry.head().problems() > 0) {
				DocumentRecord record = record(entry.head().id());
				if (record == null) {
					return Optional.empty();
				}
				withProblems.put(record.id(), record.encode());
			}
		}
		return Optional.of(new GenerationSummary(commit.getSegmentsFileName(), files, commit.getUserData(), capacity,
				heads, withProblems));
	}

	/** The name of this generation's segments file. */
	String segmentsFile() throws IOException {
		return summary != null ? summary.segments() : index.reader().getIndexCommit().getSegmentsFileName();
	}

	/** Whether this generation was opened from the summary of its commit. */
	boolean fromSummary() {
		return summary != null;
	}

	/**
	 * Opens the latest commit of the same index, which a writer committed after this generation:
	 * the records of segments whose files did not change are not read again (only which of them are
	 * still live), nor their checksums verified again. This generation stays usable until it is
	 * closed; the later one then owns the directory.
	 *
	 * @throws IOException if the index cannot be opened (missing or damaged files)
	 */
	Generation reopen() throws IOException {
		Index opened = index;
		if (opened == null) {
			return open(folder);
		}
		DirectoryReader next = DirectoryReader.openIfChanged(opened.reader());
		if (next == null) {
			next = DirectoryReader.open(opened.directory());
		}
		try {
			List<SegmentRecords> nextSegments = new ArrayList<>();
			List<LeafReaderContext> changed = new ArrayList<>();
			for (LeafReaderContext leaf : next.leaves()) {
				SegmentRecords known = opened.segments().stream().filter(s -> s.sameFilesAs(leaf.reader())).findFirst()
						.orElse(null);
				if (known == null) {
					changed.add(leaf);
					known = decode(leaf.reader());
				}
				nextSegments.add(known);
			}
			verifyChecksumsIfSmall(opened.directory(), next, changed);
			Generation generation = new Generation(folder, opened.directory(), next, nextSegments);
			directoryHandedOn = true;
			return generation;
		} catch (IOException | RuntimeException e) {
			next.close();
			throw e;
		}
	}

	private static SegmentRecords decode(LeafReader leafReader) throws IOException {
		BinaryDocValues values = leafReader.getBinaryDocValues(IndexFields.RECORD);
		int capacity = values == null ? 0 : (int) Math.min(values.cost(), leafReader.maxDoc());
		int[] docs = new int[capacity];
		DocumentRecord.Head[] heads = new DocumentRecord.Head[capacity];
		int count = 0;
		Map<Integer, String> damaged = new HashMap<>();
		StoredFields stored = null;
		if (values != null) {
			for (int doc = values.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
				BytesRef value = values.binaryValue();
				try {
					DocumentRecord.Head head = DocumentRecord.decodeHead(value.bytes, value.offset, value.length);
					if (count == docs.length) {
						docs = Arrays.copyOf(docs, count * 2 + 16);
						heads = Arrays.copyOf(heads, docs.length);
					}
					docs[count] = doc;
					heads[count++] = head;
				} catch (DamagedCacheException e) {
					if (stored == null) {
						stored = leafReader.storedFields();
					}
					String id = stored.document(doc, Set.of(IndexFields.DOC)).get(IndexFields.DOC);
					damaged.put(doc, id == null ? "" : id);
				}
			}
		}
		Object core = leafReader.getCoreCacheHelper() == null ? new Object() : leafReader.getCoreCacheHelper().getKey();
		return new SegmentRecords(core, docValuesGen(leafReader), Arrays.copyOf(docs, count), Arrays.copyOf(heads, count),
				damaged);
	}

	/** The generation of a segment's doc-values updates (records restamped in place), or -2 if unknown. */
	private static long docValuesGen(LeafReader leaf) {
		return leaf instanceof SegmentReader segment ? segment.getSegmentInfo().getDocValuesGen() : -2;
	}

	/**
	 * Lucene checks every file's header, footer and length when it opens an index; a small index has
	 * the checksums of all its bytes verified as well. Larger ones rely on the checksums of what is
	 * read (records, contents, sentences). Only the leaves {@code only} are verified, unless it is null.
	 */
	private static void verifyChecksumsIfSmall(Directory directory, DirectoryReader reader, List<LeafReaderContext> only)
			throws IOException {
		long size = 0;
		for (String file : directory.listAll()) {
			size += directory.fileLength(file);
		}
		if (size <= VERIFY_ALL_UP_TO) {
			for (LeafReaderContext leaf : only == null ? reader.leaves() : only) {
				leaf.reader().checkIntegrity();
			}
		}
	}

	/** The commit data of this generation. */
	Map<String, String> userData() throws IOException {
		return summary != null ? summary.userData() : index.reader().getIndexCommit().getUserData();
	}

	/** The heads of the records of all documents (what an update compares), by id: an unmodifiable view. */
	public Map<String, DocumentRecord.Head> heads() {
		return new AbstractMap<>() {
			@Override
			public DocumentRecord.Head get(Object id) {
				Generation.Entry entry = records.get(id);
				return entry == null ? null : entry.head();
			}

			@Override
			public boolean containsKey(Object id) {
				return records.containsKey(id);
			}

			@Override
			public int size() {
				return records.size();
			}

			@Override
			public Collection<DocumentRecord.Head> values() {
				return new AbstractCollection<>() {
					@Override
					public Iterator<DocumentRecord.Head> iterator() {
						Iterator<Generation.Entry> all = records.values().iterator();
						return new Iterator<>() {
							@Override
							public boolean hasNext() {
								return all.hasNext();
							}

							@Override
							public DocumentRecord.Head next() {
								return all.next().head();
							}
						};
					}

					@Override
					public int size() {
						return records.size();
					}
				};
			}

			@Override
			public Set<Map.Entry<String, DocumentRecord.Head>> entrySet() {
				return new AbstractSet<>() {
					@Override
					public Iterator<Map.Entry<String, DocumentRecord.Head>> iterator() {
						Iterator<Map.Entry<String, Generation.Entry>> all = records.entrySet().iterator();
						return new Iterator<>() {
							@Override
							public boolean hasNext() {
								return all.hasNext();
							}

							@Override
							public Map.Entry<String, DocumentRecord.Head> next() {
								Map.Entry<String, Generation.Entry> next = all.next();
								return Map.entry(next.getKey(), next.getValue().head());
							}
						};
					}

					@Override
					public int size() {
						return records.size();
					}
				};
			}
		};
	}

	public DocumentRecord.Head head(String id) {
		Entry entry = records.get(id);
		return entry == null ? null : entry.head();
	}

	/**
	 * The full record of a document, read again from the index; null if there is none or it is damaged.
	 *
	 * @throws UncheckedIOException if the index, not opened yet, cannot be opened
	 */
	public DocumentRecord record(String id) {
		if (!records.containsKey(id)) {
			return null;
		}
		if (summary != null && index == null) {
			DocumentRecord kept = summary.record(id);
			if (kept != null) {
				return kept;
			}
		}
		Index opened = openedIndex();
		Entry entry = opened.records().get(id);
		if (entry == null) {
			return null;
		}
		try {
			BinaryDocValues values = opened.reader().leaves().get(entry.leaf()).reader()
					.getBinaryDocValues(IndexFields.RECORD);
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
		if (!records.containsKey(id)) {
			return null;
		}
		Index opened = index();
		Entry entry = opened.records().get(id);
		if (entry == null) {
			return null;
		}
		Document document = opened.reader().leaves().get(entry.leaf()).reader().storedFields().document(entry.doc(),
				Set.of(IndexFields.CONTENT));
		BytesRef bytes = document.getBinaryValue(IndexFields.CONTENT);
		return bytes == null ? null : IndexFields.bytes(bytes);
	}

	/** @throws UncheckedIOException if the index, not opened yet, cannot be opened */
	public IndexSearcher searcher() {
		return openedIndex().searcher();
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
		Index opened;
		synchronized (this) {
			opened = index;
		}
		if (opened == null) {
			return;
		}
		try {
			opened.reader().close();
		} finally {
			if (!directoryHandedOn) {
				opened.directory().close();
			}
		}
	}
}
