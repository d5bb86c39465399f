package org.factcheck.corpus.formats.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factcheck.corpus.formats.DocumentFormats;
import org.factcheck.corpus.formats.DocumentSource;

/** Files under a test bundle's {@code fixtures/} folder (the build names the bundle's folder). */
public final class Fixtures {

	private Fixtures() {
	}

	public static Path path(String relative) {
		String bundle = System.getProperty("factcheck.bundle");
		Path file = Path.of(bundle == null ? "." : bundle).resolve("fixtures").resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("fixture " + file.toAbsolutePath() + " not found (the build sets -Dfactcheck.bundle)");
		}
		return file;
	}

	/** A fixture as the source of one document, its id the file name without extension. */
	public static DocumentSource source(String relative) {
		return source(path(relative));
	}

	public static DocumentSource source(Path file) {
		try {
			return DocumentSource.wholeFile(file, DocumentFormats.idOf(file), Files.readAllBytes(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
