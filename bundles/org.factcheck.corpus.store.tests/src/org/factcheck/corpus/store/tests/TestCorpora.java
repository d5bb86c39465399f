package org.factcheck.corpus.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

/**
 * The example corpora of the repository (the folder named by the system property
 * {@code factcheck.examples}, set by the build) and writable copies of them in temporary folders.
 */
public final class TestCorpora {

	public static final String SEED_000 = "000_8c535eb6db9358b5";
	public static final String SEED_001 = "001_f7fa05fd70448d5b";
	public static final String SEED_002 = "002_f309d34ae93e6e9e";
	public static final String SEED_003 = "003_5631f6e596cc8e95";
	public static final String SEED_004 = "004_cf013e87bb0c4974";

	private static final Map<Path, CorpusStore> OPENED = new HashMap<>();

	private TestCorpora() {
	}

	/**
	 * The real-news corpus opened once for all tests of this JVM, with its cache in a temporary
	 * folder that is deleted at exit.
	 */
	public static CorpusStore gnadStore() throws IOException {
		return openedOnce(gnad());
	}

	/** The seed corpus opened once for all tests of this JVM, like {@link #gnadStore()}. */
	public static CorpusStore seedStore() throws IOException {
		return openedOnce(seeds());
	}

	private static synchronized CorpusStore openedOnce(Path corpus) throws IOException {
		CorpusStore store = OPENED.get(corpus);
		if (store == null) {
			Path cache = Files.createTempDirectory("factcheck-test-cache");
			CorpusStore opened = CorpusStore.open(corpus, StoreOptions.withIndex(cache));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				opened.close();
				deleteTree(cache);
			}));
			OPENED.put(corpus, opened);
			store = opened;
		}
		return store;
	}

	public static void deleteTree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// best effort for temporary folders
		}
	}

	public static Path examples() {
		String property = System.getProperty("factcheck.examples");
		Path examples = Path.of(property == null ? "examples" : property);
		if (!Files.isDirectory(examples.resolve("seeds/corpus"))) {
			throw new IllegalStateException("example corpora not found in " + examples.toAbsolutePath()
					+ " (the build sets -Dfactcheck.examples to the repository's examples folder)");
		}
		return examples;
	}

	public static Path seeds() {
		return examples().resolve("seeds/corpus");
	}

	public static Path gnad() {
		return examples().resolve("gnad/corpus");
	}

	/** A writable copy of the seed corpus in {@code folder}. */
	public static Path copyOfSeeds(Path folder) throws IOException {
		Path copy = Files.createDirectories(folder);
		for (Path file : files(seeds())) {
			Path target = copy.resolve(file.getFileName());
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
			target.toFile().setWritable(true);
		}
		return copy;
	}

	public static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
