package org.factcheck.corpus.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to open a corpus.
 *
 * @param indexDirectory where the import cache and the index live; empty means the default cache
 *                       directory keyed by the corpus folder
 *                       ({@code $XDG_CACHE_HOME/factcheck/corpora/<hash of the folder's path>}, or
 *                       under {@code ~/.cache} without {@code XDG_CACHE_HOME}); never inside the
 *                       corpus folder, which is only read
 * @param progress       hears how an import advances
 * @param indexOnDemand  whether the caller expects not to search or read documents (it wants the
 *                       corpus's problems): the cache is then brought up to date from the summary
 *                       of its generation where it can be, and the index opened only when first
 *                       needed. The store is the same either way; an index opened late fails as a
 *                       damaged one if another process has replaced the generation meanwhile.
 */
public record StoreOptions(Optional<Path> indexDirectory, ImportProgress progress, boolean indexOnDemand) {

	public StoreOptions(Optional<Path> indexDirectory, ImportProgress progress) {
		this(indexDirectory, progress, false);
	}

	public StoreOptions(Optional<Path> indexDirectory) {
		this(indexDirectory, ImportProgress.NONE);
	}

	public static StoreOptions defaults() {
		return new StoreOptions(Optional.empty());
	}

	public static StoreOptions withIndex(Path indexDirectory) {
		return new StoreOptions(Optional.of(indexDirectory));
	}

	/** These options with {@code progress} hearing how imports advance. */
	public StoreOptions withProgress(ImportProgress progress) {
		return new StoreOptions(indexDirectory, progress, indexOnDemand);
	}

	/** These options with the index opened only when first needed (see {@link #indexOnDemand}). */
	public StoreOptions withIndexOnDemand(boolean onDemand) {
		return new StoreOptions(indexDirectory, progress, onDemand);
	}
}
