package org.factcheck.text.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example corpora of the repository: the seed documents and the real-news corpus, below the
 * folder named by the system property {@code factcheck.examples} (set by the build).
 */
public final class TestCorpus {

	private TestCorpus() {
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

	public static List<Path> seeds() {
		return textFiles(examples().resolve("seeds/corpus"));
	}

	public static List<Path> gnad() {
		return textFiles(examples().resolve("gnad/corpus")).stream()
				.filter(p -> p.getFileName().toString().startsWith("gnad-")).toList();
	}

	/** The seed document whose file name starts with {@code prefix} (000, 001 ...). */
	public static String seed(String prefix) {
		return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.map(TestCorpus::read).orElseThrow(() -> new IllegalStateException("no seed " + prefix));
	}

	public static String gnad(String id) {
		return read(examples().resolve("gnad/corpus").resolve(id + ".txt"));
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
