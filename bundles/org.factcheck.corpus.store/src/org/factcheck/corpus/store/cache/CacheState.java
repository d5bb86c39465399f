package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The bookkeeping of a cache folder ({@code state.json}), read and written with Jackson's streaming
 * API (much quicker to start than data binding, which matters for opening a cached corpus).
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

	private static final JsonFactory JSON = new JsonFactory();

	/** The state in {@code file}, or null when it is missing or unreadable. */
	public static CacheState read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (JsonParser parser = JSON.createParser(file.toFile())) {
			expect(parser.nextToken(), JsonToken.START_OBJECT);
			String version = null;
			String corpus = null;
			String commit = null;
			Map<String, DocumentState> documents = null;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
				case "version" -> version = parser.getValueAsString();
				case "corpus" -> corpus = parser.getValueAsString();
				case "commit" -> commit = parser.getValueAsString();
				case "documents" -> documents = readDocuments(parser, value);
				default -> parser.skipChildren();
				}
			}
			return version == null || commit == null || documents == null ? null
					: new CacheState(version, corpus, commit, documents);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static Map<String, DocumentState> readDocuments(JsonParser parser, JsonToken start) throws IOException {
		expect(start, JsonToken.START_OBJECT);
		Map<String, DocumentState> documents = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String id = parser.currentName();
			expect(parser.nextToken(), JsonToken.START_OBJECT);
			String file = null;
			long size = -1;
			long modified = -1;
			String hash = null;
			String manifest = "";
			List<StoredProblem> problems = new ArrayList<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (field) {
				case "file" -> file = parser.getValueAsString();
				case "size" -> size = parser.getValueAsLong();
				case "modified" -> modified = parser.getValueAsLong();
				case "hash" -> hash = parser.getValueAsString();
				case "manifest" -> manifest = parser.getValueAsString("");
				case "problems" -> readProblems(parser, value, problems);
				default -> parser.skipChildren();
				}
			}
			if (file == null || hash == null) {
				throw new IOException("incomplete state of " + id);
			}
			documents.put(id, new DocumentState(file, size, modified, hash, manifest, List.copyOf(problems)));
		}
		return documents;
	}

	private static void readProblems(JsonParser parser, JsonToken start, List<StoredProblem> problems) throws IOException {
		expect(start, JsonToken.START_ARRAY);
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			int line = 0;
			int column = 0;
			String message = "";
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				parser.nextToken();
				switch (field) {
				case "line" -> line = parser.getValueAsInt();
				case "column" -> column = parser.getValueAsInt();
				case "message" -> message = parser.getValueAsString("");
				default -> parser.skipChildren();
				}
			}
			problems.add(new StoredProblem(line, column, message));
		}
	}

	private static void expect(JsonToken actual, JsonToken expected) throws IOException {
		if (actual != expected) {
			throw new IOException("expected " + expected + " but found " + actual);
		}
	}

	/** Writes the state to {@code file} atomically. */
	public void write(Path file) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try (JsonGenerator out = JSON.createGenerator(Files.newBufferedWriter(temporary))) {
			out.writeStartObject();
			out.writeStringField("version", version);
			out.writeStringField("corpus", corpus);
			out.writeStringField("commit", commit);
			out.writeObjectFieldStart("documents");
			for (Map.Entry<String, DocumentState> entry : documents.entrySet()) {
				DocumentState document = entry.getValue();
				out.writeObjectFieldStart(entry.getKey());
				out.writeStringField("file", document.file());
				out.writeNumberField("size", document.size());
				out.writeNumberField("modified", document.modified());
				out.writeStringField("hash", document.hash());
				out.writeStringField("manifest", document.manifest());
				out.writeArrayFieldStart("problems");
				for (StoredProblem problem : document.problems()) {
					out.writeStartObject();
					out.writeNumberField("line", problem.line());
					out.writeNumberField("column", problem.column());
					out.writeStringField("message", problem.message());
					out.writeEndObject();
				}
				out.writeEndArray();
				out.writeEndObject();
			}
			out.writeEndObject();
			out.writeEndObject();
		}
		AtomicFiles.move(temporary, file);
	}
}
