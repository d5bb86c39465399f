package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bookkeeping of a cache folder ({@code state.json}).
 *
 * @param version   the importer and analyser versions the cache was built with
 * @param corpus    the corpus folder
 * @param commit    the id of the index commit that belongs to this state
 * @param documents the state of each document by id
 */
public record CacheState(String version, String corpus, String commit, Map<String, DocumentState> documents) {

	/**
	 * What was imported from one file.
	 *
	 * @param file     the file name
	 * @param size     its size in bytes
	 * @param modified its modification time in milliseconds
	 * @param hash     its content hash
	 * @param manifest the fingerprint of its manifest entry, empty if none
	 * @param problems what could not be read as written
	 */
	public record DocumentState(String file, long size, long modified, String hash, String manifest,
			List<StoredProblem> problems) {
	}

	/** An import problem of a document, without its file. */
	public record StoredProblem(int line, int column, String message) {
	}

	private static final ObjectMapper JSON = new ObjectMapper()
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	/** The state in {@code file}, or null when it is missing or unreadable. */
	public static CacheState read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			CacheState state = JSON.readValue(file.toFile(), CacheState.class);
			return state != null && state.documents() != null ? state : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Writes the state to {@code file} atomically. */
	public void write(Path file) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		JSON.writeValue(temporary.toFile(), this);
		AtomicFiles.move(temporary, file);
	}
}
