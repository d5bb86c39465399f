package org.factcheck.engine.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

/**
 * A corpus of short documents written by a test into a temporary folder and opened with its cache
 * beside it: {@code HandWrittenCorpus.open(temp, Map.of("bus", "Meldung\n\nDer Bus kommt selten."))}
 * writes {@code corpus/bus.txt} and returns the opened store, which the test closes.
 */
public final class HandWrittenCorpus {

	private HandWrittenCorpus() {
	}

	/** Writes each document as {@code <id>.txt} under {@code temp/corpus} and opens the store. */
	public static CorpusStore open(Path temp, Map<String, String> documents) throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		for (Map.Entry<String, String> document : documents.entrySet()) {
			Files.writeString(corpus.resolve(document.getKey() + ".txt"), document.getValue());
		}
		return CorpusStore.open(corpus, StoreOptions.withIndex(temp.resolve("cache")));
	}
}
