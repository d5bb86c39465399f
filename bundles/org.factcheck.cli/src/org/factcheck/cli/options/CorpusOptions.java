package org.factcheck.cli.options;

import java.nio.file.Path;
import java.util.Optional;

import org.factcheck.corpus.store.StoreOptions;

import picocli.CommandLine.Option;

/** Options naming the corpus and its index. */
public final class CorpusOptions {

	@Option(names = "--corpus", paramLabel = "DIR",
			description = "Corpus folder; overrides the 'corpus' line of claim files.")
	Path corpus;

	@Option(names = "--index", paramLabel = "DIR",
			description = "Where the corpus index and import cache live (default: a cache directory keyed by the corpus).")
	Path index;

	public Optional<Path> corpus() {
		return Optional.ofNullable(corpus);
	}

	public Optional<Path> index() {
		return Optional.ofNullable(index);
	}

	public StoreOptions storeOptions() {
		return new StoreOptions(index());
	}
}
