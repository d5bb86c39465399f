package org.factcheck.corpus.store.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factcheck.corpus.store.ImportProblem;

/** The entries of a corpus folder's {@code manifest.jsonl} by document id, and what was wrong in it. */
public record Manifest(Map<String, ManifestEntry> entries, List<ImportProblem> problems) {

	public static final String FILE_NAME = "manifest.jsonl";

	public static Manifest empty() {
		return new Manifest(Map.of(), List.of());
	}

	public Optional<ManifestEntry> entry(String documentId) {
		return Optional.ofNullable(entries.get(documentId));
	}
}
