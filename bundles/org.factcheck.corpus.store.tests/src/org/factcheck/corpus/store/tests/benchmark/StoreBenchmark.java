package org.factcheck.corpus.store.tests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

/**
 * Measures the corpus store on a corpus folder (by default the real-news corpus): cold import and
 * indexing into an empty cache, warm open from the cache, loading all contents, and search latency.
 * Not a test; run it with {@code releng/benchmarks/corpus-store-benchmark.sh}.
 *
 * <pre>
 * StoreBenchmark [corpus-folder] [cold|warm|all]
 * </pre>
 *
 * {@code cold} imports into a fresh cache and leaves it behind for a following {@code warm} run in a
 * new JVM (the cache folder is printed); {@code all} runs everything in one JVM.
 */
public final class StoreBenchmark {

	private static final String[] QUERIES = {
			"Wie lange Polizei und Bundesheer an der Grenze eingesetzt werden, ist unklar",
			"Die Gewerkschaft fordert mehr Transparenz bei All-in-Verträgen",
			"Flüchtlinge an der österreichischen Grenze",
			"Die Arbeitslosigkeit ist im vergangenen Jahr gestiegen",
			"Der Bundespräsident wurde gewählt",
			"Waffenlieferungen an die Ukraine",
			"Der Umsatz stieg um drei Prozent auf 1,5 Milliarden Euro",
			"Apple stellt ein neues iPhone vor",
			"Rapid Wien verlor das Derby gegen die Austria",
			"Griechenland Schuldenkrise Einigung mit den Gläubigern" };

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(args.length > 0 ? args[0] : "examples/gnad/corpus");
		String mode = args.length > 1 ? args[1] : "all";
		Path cache = Path.of(System.getProperty("benchmark.cache", System.getProperty("java.io.tmpdir") + "/factcheck-benchmark-cache"));
		System.out.printf("corpus %s, cache %s, %d processors%n", corpus, cache, Runtime.getRuntime().availableProcessors());
		if (!mode.equals("warm")) {
			deleteTree(cache);
			measureOpen("cold import + index", corpus, cache);
		}
		if (!mode.equals("cold")) {
			for (int round = 1; round <= 3; round++) {
				measureOpen("warm open #" + round, corpus, cache);
			}
			measureContentsAndSearch(corpus, cache);
		}
		if (mode.equals("all")) {
			deleteTree(cache);
			measureOpen("cold import + index (warm JVM)", corpus, cache);
		}
	}

	private static void measureOpen(String label, Path corpus, Path cache) throws IOException {
		long start = System.nanoTime();
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			double ms = (System.nanoTime() - start) / 1e6;
			var summary = store.importSummary();
			System.out.printf(Locale.ROOT, "%-32s %8.0f ms  (%d documents: %d imported, %d unchanged, %d problems)%n", label, ms,
					summary.documents(), summary.imported(), summary.unchanged(), store.problems().size());
		}
	}

	private static void measureContentsAndSearch(Path corpus, Path cache) throws IOException {
		try (CorpusStore store = CorpusStore.open(corpus, StoreOptions.withIndex(cache))) {
			long start = System.nanoTime();
			int sentences = 0;
			for (Document document : store.corpus().getDocuments()) {
				sentences += store.content(document.getId()).orElseThrow().getParagraphs().stream()
						.mapToInt(p -> p.getSentences().size()).sum();
			}
			System.out.printf(Locale.ROOT, "%-32s %8.0f ms  (%d sentences)%n", "load all contents",
					(System.nanoTime() - start) / 1e6, sentences);

			for (String query : QUERIES) {
				store.search(query, Set.of(), 10);
			}
			List<Double> latencies = new ArrayList<>();
			for (int round = 0; round < 20; round++) {
				for (String query : QUERIES) {
					long t = System.nanoTime();
					store.search(query, Set.of(), 10);
					latencies.add((System.nanoTime() - t) / 1e6);
				}
			}
			latencies.sort(Comparator.naturalOrder());
			System.out.printf(Locale.ROOT, "%-32s median %.2f ms, p95 %.2f ms, max %.2f ms (%d searches, top 10)%n", "search",
					latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)),
					latencies.get(latencies.size() - 1), latencies.size());
			long t = System.nanoTime();
			var restricted = store.search(QUERIES[0], Set.of("gnad-0162", "gnad-0001"), 10);
			System.out.printf(Locale.ROOT, "%-32s %.2f ms (%d matches)%n", "search in 2 documents", (System.nanoTime() - t) / 1e6,
					restricted.size());
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
