package org.factcheck.engine.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A corpus of short documents written by a test into a temporary folder and opened with its cache
 * beside it, for the tests of one class:
 * {@code @RegisterExtension static final HandWrittenCorpus CORPUS = HandWrittenCorpus.of(Map.of("bus",
 * "Meldung\n\nDer Bus kommt selten."))} writes {@code corpus/bus.txt} before the class's tests and
 * opens the store ({@link #store()}); after them it closes the store and deletes the folder.
 */
public final class HandWrittenCorpus implements BeforeAllCallback, AfterAllCallback {

	private final Map<String, String> documents;
	private Path folder;
	private CorpusStore store;

	private HandWrittenCorpus(Map<String, String> documents) {
		this.documents = Map.copyOf(documents);
	}

	/** The corpus of these documents, by id: each is written as {@code <id>.txt}. */
	public static HandWrittenCorpus of(Map<String, String> documents) {
		return new HandWrittenCorpus(documents);
	}

	/** The opened store, between the class's first and last test. */
	public CorpusStore store() {
		return store;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		folder = Files.createTempDirectory("handwritten-corpus");
		Path corpus = Files.createDirectories(folder.resolve("corpus"));
		for (Map.Entry<String, String> document : documents.entrySet()) {
			Files.writeString(corpus.resolve(document.getKey() + ".txt"), document.getValue());
		}
		store = CorpusStore.open(corpus, StoreOptions.withIndex(folder.resolve("cache")));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		store.close();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
