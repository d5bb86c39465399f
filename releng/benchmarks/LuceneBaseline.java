import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline the corpus store's import is measured against: plain Lucene sentence indexing of the
 * same files. Each {@code .txt} file is read as UTF-8, split into sentences with the JDK's German
 * BreakIterator, and each sentence indexed with Lucene's GermanAnalyzer (text stored, document id
 * and offsets stored), one block per file, on as many threads as there are processors, with the
 * same RAM buffer as the store; one commit at the end. No analysis beyond that: no furniture, no
 * numbers, dates or quotes, no compounds, no content model.
 *
 * <pre>
 * java -cp lucene-core.jar:lucene-analysis-common.jar releng/benchmarks/LuceneBaseline.java CORPUS INDEX_DIR
 * </pre>
 */
public final class LuceneBaseline {

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		Path index = Path.of(args[1]);
		long started = System.nanoTime();
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		int threads = Runtime.getRuntime().availableProcessors();
		long sentences = 0;
		try (FSDirectory directory = FSDirectory.open(index);
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new GermanAnalyzer()).setRAMBufferSizeMB(64))) {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<Integer>> done = new ArrayList<>();
			for (Path file : files) {
				done.add(pool.submit(() -> index(file, writer)));
			}
			for (Future<Integer> future : done) {
				sentences += future.get();
			}
			pool.shutdown();
			writer.commit();
		}
		System.out.printf("baseline: %d documents, %d sentences, %.1f s%n", files.size(), sentences,
				(System.nanoTime() - started) / 1e9);
	}

	private static int index(Path file, IndexWriter writer) throws IOException {
		String id = file.getFileName().toString().replace(".txt", "");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.GERMAN);
		boundaries.setText(text);
		List<Document> block = new ArrayList<>();
		int start = boundaries.first();
		for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
			String sentence = text.substring(start, end).strip();
			if (sentence.isEmpty()) {
				continue;
			}
			Document document = new Document();
			document.add(new StringField("doc", id, Field.Store.YES));
			document.add(new StoredField("start", start));
			document.add(new StoredField("end", end));
			document.add(new TextField("text", sentence, Field.Store.YES));
			block.add(document);
		}
		writer.addDocuments(block);
		return block.size();
	}
}
