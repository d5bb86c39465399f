package org.factcheck.corpus.store.importer;

import java.time.LocalDate;

/** Metadata found in a document's text; null where the text says nothing. */
public record DocumentMetadata(String title, String url, String publisher, LocalDate published) {
}
