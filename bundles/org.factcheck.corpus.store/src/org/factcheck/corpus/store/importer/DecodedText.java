package org.factcheck.corpus.store.importer;

import java.util.List;

import org.factcheck.corpus.store.ImportProblem;

/**
 * A corpus file read as text, before any analysis: what {@link DocumentImporter} analyses, and the
 * problems met while reading the file. Readers of other formats produce the same.
 */
public record DecodedText(String text, List<ImportProblem> problems) {

	public DecodedText {
		problems = List.copyOf(problems);
	}
}
