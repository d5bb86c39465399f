package org.factcheck.corpus.store;

import java.nio.file.Path;

/**
 * Hears how an import advances, for progress displays. Called only when documents are imported
 * (not when the cache is reused), from the importing threads: implementations are thread-safe.
 */
public interface ImportProgress {

	/** Hears nothing. */
	ImportProgress NONE = new ImportProgress() {
	};

	/**
	 * {@code documents} new or changed documents of {@code corpus} are about to be imported. Told on
	 * the updating thread before the cache is written to: a process that ends here leaves the cache
	 * as it was.
	 */
	default void started(Path corpus, int documents) {
	}

	/** {@code done} of the documents are imported. */
	default void imported(int done) {
	}

	/** The import is over. */
	default void finished() {
	}
}
