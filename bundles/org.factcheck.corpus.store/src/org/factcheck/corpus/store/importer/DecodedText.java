package org.factcheck.corpus.store.importer;

import java.util.List;

import org.factcheck.corpus.store.ImportProblem;

/** The text of a file and the places where its bytes were not valid UTF-8. */
public record DecodedText(String text, List<ImportProblem> problems) {
}
