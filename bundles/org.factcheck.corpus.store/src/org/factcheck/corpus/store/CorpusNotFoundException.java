package org.factcheck.corpus.store;

import java.io.IOException;
import java.nio.file.Path;

/** The corpus folder does not exist or is not a folder. */
public class CorpusNotFoundException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path directory;

	public CorpusNotFoundException(Path directory) {
		super("corpus folder not found: " + directory);
		this.directory = directory;
	}

	public Path directory() {
		return directory;
	}
}
