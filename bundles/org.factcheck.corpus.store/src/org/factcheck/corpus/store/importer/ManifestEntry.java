package org.factcheck.corpus.store.importer;

import java.time.LocalDate;

/**
 * Metadata of one document from {@code manifest.jsonl}; null fields are not given.
 *
 * @param fingerprint identifies the entry's content, so that a changed entry re-imports its document
 * @param line        the line of the entry in the manifest
 */
public record ManifestEntry(String id, String title, String url, String publisher, LocalDate date, String section,
		String fingerprint, int line) {
}
