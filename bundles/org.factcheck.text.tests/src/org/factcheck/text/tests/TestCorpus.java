package org.factcheck.text.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared test corpora: the seed documents and the real-news corpus, in the folder named by
 * the system property {@code factcheck.corpus.root} (set by the test bundle's pom).
 */
public final class TestCorpus {

	private TestCorpus() {
	}

	public static Path root() {
		String root = System.getProperty("factcheck.corpus.root", "/work/shared/corpus");
		Path path = Path.of(root);
		if (!Files.isDirectory(path.resolve("seeds"))) {
			throw new IllegalStateException("test corpus not found: " + path + " (set -Dfactcheck.corpus.root)");
		}
		return path;
	}

	public static List<Path> seeds() {
		return textFiles(root().resolve("seeds"));
	}

	public static List<Path> gnad() {
		return textFiles(root().resolve("gnad")).stream().filter(p -> p.getFileName().toString().startsWith("gnad-"))
				.toList();
	}

	/** The seed document whose file name starts with {@code prefix} (000, 001 ...). */
	public static String seed(String prefix) {
		return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.map(TestCorpus::read).orElseThrow(() -> new IllegalStateException("no seed " + prefix));
	}

	public static String gnad(String id) {
		return read(root().resolve("gnad").resolve(id + ".txt"));
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> textFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
