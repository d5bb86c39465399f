package org.factcheck.cli.options;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.factcheck.corpus.store.CorpusStore;
import org.factcheck.corpus.store.StoreOptions;

import picocli.CommandLine.Option;

/** Options naming the corpus and its index. */
public final class CorpusOptions {

	@Option(names = "--corpus", paramLabel = "DIR",
			description = "Corpus folder; overrides the 'corpus' line of claim files.")
	Path corpus;

	@Option(names = "--index", paramLabel = "DIR",
			description = "Keep corpus indexes and import caches below DIR, one folder per corpus (default: ~/.cache/factcheck/corpora).")
	Path index;

	public Optional<Path> corpus() {
		return Optional.ofNullable(corpus);
	}

	public Optional<Path> index() {
		return Optional.ofNullable(index);
	}

	/** How to open {@code corpus}: with its cache below {@code --index} when given. */
	public StoreOptions storeOptions(Path corpus) throws IOException {
		return index == null ? StoreOptions.defaults()
				: StoreOptions.withIndex(CorpusStore.cacheDirectoryUnder(index, corpus));
	}
}
