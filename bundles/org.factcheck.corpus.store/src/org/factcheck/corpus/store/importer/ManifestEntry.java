package org.factcheck.corpus.store.importer;

import java.time.LocalDate;
import java.util.Map;

/**
 * Metadata of one document from {@code manifest.jsonl}; null fields are not given.
 *
 * @param properties  the entry's other fields (for example {@code trust}), with their values as written
 * @param fingerprint identifies the entry's content, so that a changed entry re-imports its document
 * @param line        the line of the entry in the manifest
 * @param offset      where that line starts in the manifest's bytes, or -1 if not known (a UTF-16 manifest)
 */
public record ManifestEntry(String id, String title, String url, String publisher, LocalDate date, String section,
		Map<String, String> properties, String fingerprint, int line, long offset) {

	public ManifestEntry {
		properties = Map.copyOf(properties);
	}
}
