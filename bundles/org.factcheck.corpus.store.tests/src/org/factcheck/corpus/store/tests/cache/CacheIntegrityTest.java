package org.factcheck.corpus.store.tests.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.SentenceMatch;
import org.factcheck.corpus.store.StoreOptions;
import org.factcheck.corpus.store.index.IndexFields;
import org.factcheck.corpus.store.tests.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache never serves what the documents no longer say: edits are found by content, and a
 * damaged cache is noticed and rebuilt instead of changing verdicts or making the corpus unusable.
 */
class CacheIntegrityTest {

	@TempDir
	Path temp;

	private Path corpus;
	private Path cache;

	@BeforeEach
	void copySeeds() throws IOException {
		corpus = TestCorpora.copyOfSeeds(temp.resolve("corpus"));
		cache = temp.resolve("cache");
	}

	private CorpusStore open(Path cacheDirectory) throws IOException {
		return CorpusStore.open(corpus, StoreOptions.withIndex(cacheDirectory));
	}

	@Test
	void aSameSizeEditThatKeepsTheModificationTimeIsNoticed() throws IOException {
		Path file = corpus.resolve("zahl.txt");
		Files.writeString(file, "Die Regierung hat am Montag 500 neue Polizisten eingestellt.\n", StandardCharsets.UTF_8);
		try (CorpusStore store = open(cache)) {
			assertTrue(store.content("zahl").orElseThrow().getText().contains("500"));
		}
		FileTime modified = Files.getLastModifiedTime(file);
		Files.writeString(file, "Die Regierung hat am Montag 900 neue Polizisten eingestellt.\n", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, modified);
		try (CorpusStore store = open(cache)) {
			assertEquals(1, store.importSummary().imported());
			assertTrue(store.content("zahl").orElseThrow().getText().contains("900"));
			assertTrue(store.search("900 Polizisten", Set.of(), 1).get(0).text().contains("900"));
		}
	}

	/** Every file of a built cache, damaged in turn: truncated, or overwritten with garbage in the middle. */
	@Test
	void damageToAnyCacheFileIsNoticedAndNeverServed() throws IOException {
		try (CorpusStore store = open(cache)) {
			assertEquals(5, store.corpus().getDocuments().size());
		}
		List<Path> files = cacheFiles(cache);
		assertFalse(files.isEmpty());
		int damaged = 0;
		for (Path file : files) {
			for (boolean truncate : new boolean[] { true, false }) {
				Path copy = temp.resolve("damaged-" + damaged++);
				copyTree(cache, copy);
				Path target = copy.resolve(cache.relativize(file));
				if (truncate) {
					truncate(target);
				} else {
					scribble(target);
				}
				String what = (truncate ? "truncated " : "garbage in ") + cache.relativize(file);
				try (CorpusStore store = open(copy)) {
					assertServesTheDocumentsAsTheyAre(store, what);
				}
				try (CorpusStore store = open(copy)) {
					assertServesTheDocumentsAsTheyAre(store, what + ", reopened");
				}
			}
		}
	}

	@Test
	void aDeletedIndexFileRebuildsTheCache() throws IOException {
		try (CorpusStore store = open(cache)) {
			assertEquals(5, store.corpus().getDocuments().size());
		}
		for (Path file : cacheFiles(cache)) {
			Path copy = temp.resolve("deleted-" + file.getFileName());
			copyTree(cache, copy);
			Files.delete(copy.resolve(cache.relativize(file)));
			try (CorpusStore store = open(copy)) {
				assertServesTheDocumentsAsTheyAre(store, "deleted " + cache.relativize(file));
			}
		}
	}

	@Test
	void aDamagedContentIsReadAgainFromItsFileWithANoticeAndRepairedOnTheNextOpen() throws IOException {
		try (CorpusStore store = open(cache)) {
			assertEquals(5, store.corpus().getDocuments().size());
		}
		String id = TestCorpora.SEED_002;
		rewriteRecordBlock(id, true);
		try (CorpusStore store = open(cache)) {
			assertEquals(0, store.importSummary().imported());
			String text = Files.readString(corpus.resolve(id + ".txt"), StandardCharsets.UTF_8);
			assertEquals(text, store.content(id).orElseThrow().getText());
			assertEquals(1, store.notices().size(), store.notices().toString());
			assertTrue(store.notices().get(0).contains(id + ": its content was damaged"), store.notices().get(0));
		}
		try (CorpusStore store = open(cache)) {
			assertEquals(1, store.importSummary().imported(), "repaired by the next open");
			assertEquals(List.of(), store.notices());
			assertServesTheDocumentsAsTheyAre(store, "after the repair");
		}
	}

	@Test
	void aDamagedRecordImportsItsDocumentAgainWithANotice() throws IOException {
		try (CorpusStore store = open(cache)) {
			assertEquals(5, store.corpus().getDocuments().size());
		}
		rewriteRecordBlock(TestCorpora.SEED_004, false);
		try (CorpusStore store = open(cache)) {
			assertEquals(1, store.importSummary().imported());
			assertTrue(store.notices().get(0).contains("damaged document record"), store.notices().toString());
			assertServesTheDocumentsAsTheyAre(store, "damaged record");
		}
	}

	/**
	 * Replaces the cached block of a document by its record alone, with either its content or its
	 * record bytes changed by one bit: damage as a disk or a careless hand would leave it.
	 */
	private void rewriteRecordBlock(String id, boolean damageContent) throws IOException {
		try (Directory directory = FSDirectory.open(cache.resolve("store"));
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			byte[] record = null;
			byte[] content = null;
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					BinaryDocValues records = leaf.reader().getBinaryDocValues(IndexFields.RECORD);
					for (int doc = records.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = records.nextDoc()) {
						org.apache.lucene.document.Document stored = leaf.reader().storedFields().document(doc);
						if (id.equals(stored.get(IndexFields.DOC))) {
							record = BytesRef.deepCopyOf(records.binaryValue()).bytes;
							content = BytesRef.deepCopyOf(stored.getBinaryValue(IndexFields.CONTENT)).bytes;
						}
					}
				}
			}
			byte[] damaged = damageContent ? content : record;
			damaged[damaged.length / 2] ^= 0x04;
			org.apache.lucene.document.Document block = new org.apache.lucene.document.Document();
			block.add(new StringField(IndexFields.DOC, id, Field.Store.YES));
			block.add(new StringField(IndexFields.SOURCE, id + ".txt", Field.Store.NO));
			block.add(new StringField(IndexFields.RECORD_ID, id, Field.Store.NO));
			block.add(new BinaryDocValuesField(IndexFields.RECORD, new BytesRef(record)));
			block.add(new StoredField(IndexFields.CONTENT, content));
			writer.updateDocuments(new Term(IndexFields.SOURCE, id + ".txt"), List.of(block));
			writer.setLiveCommitData(writer.getLiveCommitData());
			writer.commit();
		}
	}

	private void assertServesTheDocumentsAsTheyAre(CorpusStore store, String damage) throws IOException {
		assertEquals(5, store.corpus().getDocuments().size(), damage);
		for (Document document : store.corpus().getDocuments()) {
			String text = Files.readString(corpus.resolve(document.getId() + ".txt"), StandardCharsets.UTF_8);
			assertEquals(text, store.content(document.getId()).map(c -> c.getText()).orElse(null),
					damage + ": content of " + document.getId());
		}
		List<SentenceMatch> hits = store.search("nordkoreanische Soldaten nach Russland entsandt", Set.of(), 10);
		assertFalse(hits.isEmpty(), damage + ": search finds nothing");
		assertEquals(TestCorpora.SEED_003, hits.get(0).documentId(), damage);
		for (SentenceMatch hit : hits) {
			String text = store.content(hit.documentId()).orElseThrow().getText();
			assertEquals(text.substring(hit.start(), hit.end()), hit.text(), damage + ": hit " + hit);
		}
	}

	/** The files of a cache folder that hold data (not its locks). */
	static List<Path> cacheFiles(Path cache) throws IOException {
		try (Stream<Path> paths = Files.walk(cache)) {
			return paths.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().endsWith("lock"))
					.sorted().toList();
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(from)) {
			paths = new ArrayList<>(walk.sorted().toList());
		}
		for (Path path : paths) {
			Path target = to.resolve(from.relativize(path).toString());
			if (Files.isDirectory(path)) {
				Files.createDirectories(target);
			} else {
				Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static void truncate(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(raf.length() / 2);
		}
	}

	private static void scribble(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			long length = raf.length();
			int count = (int) Math.max(1, Math.min(64, length / 4));
			raf.seek(Math.max(0, length / 2 - count / 2));
			byte[] garbage = new byte[count];
			for (int i = 0; i < count; i++) {
				garbage[i] = (byte) (0x5A ^ i * 31);
			}
			raf.write(garbage);
		}
	}
}
