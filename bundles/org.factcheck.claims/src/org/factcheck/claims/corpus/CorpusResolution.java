package org.factcheck.claims.corpus;

import java.nio.file.Path;
import java.util.Optional;

/** Which corpus the document ids of a claims file refer to, and whether it could be opened. */
public sealed interface CorpusResolution {

	/** The file names no corpus and none was installed with {@link CorpusLocation#install}. */
	record None() implements CorpusResolution {
	}

	/**
	 * A corpus applies but cannot be used.
	 *
	 * @param directory the corpus folder, when it could be resolved
	 * @param reason    why it cannot be used, as a sentence fragment ("folder not found")
	 */
	record Unavailable(Optional<Path> directory, String reason) implements CorpusResolution {
	}

	/** The corpus is open. */
	record Available(CorpusView corpusView) implements CorpusResolution {
	}

	/** The opened corpus, if there is one. */
	default Optional<CorpusView> view() {
		return this instanceof Available available ? Optional.of(available.corpusView()) : Optional.empty();
	}
}
