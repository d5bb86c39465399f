package org.factcheck.corpus.formats.jsonl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.factcheck.corpus.formats.DocumentReader;
import org.factcheck.corpus.formats.DocumentSource;
import org.factcheck.corpus.formats.PublicationDate;
import org.factcheck.corpus.formats.ReadProblem;
import org.factcheck.corpus.formats.SourceDocument;
import org.factcheck.corpus.formats.SourceMetadata;
import org.factcheck.corpus.formats.UnreadableDocumentException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON lines dumps ({@code *.jsonl}): one document per line, a JSON object with {@code id}
 * and {@code text} and optionally {@code title}, {@code url}, {@code publisher}, {@code date}
 * (ISO), {@code section}, {@code author} and {@code language}. The names common news dumps use
 * for the same fields are understood too ({@code content} or {@code body} for the text,
 * {@code headline}, {@code link}, {@code source}, {@code published}, {@code category}, ...). A line
 * that is not such an object is reported with its line and column and left out; the other lines
 * are still imported.
 */
public final class JsonLinesReader implements DocumentReader {

	/** Characters a document id may have: it names the document in claims and in the cache. */
	private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");

	private static final List<String> TEXT = List.of("text", "content", "body", "article");
	private static final List<String> TITLE = List.of("title", "headline");
	private static final List<String> URL = List.of("url", "link");
	private static final List<String> PUBLISHER = List.of("publisher", "source", "site");
	private static final List<String> DATE = List.of("date", "published", "datePublished", "published_at", "pubDate");
	private static final List<String> SECTION = List.of("section", "category");
	private static final List<String> AUTHOR = List.of("author", "authors", "byline");
	private static final List<String> LANGUAGE = List.of("language", "lang");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The documents of a JSON lines file, and the lines that are none. */
	public record Entries(List<DocumentSource> sources, List<ReadProblem> problems) {
	}

	/** Splits a JSON lines file into one source per line that has a usable id. */
	public static Entries entries(Path file, byte[] bytes) {
		List<DocumentSource> sources = new ArrayList<>();
		List<ReadProblem> problems = new ArrayList<>();
		Map<String, Integer> lineOfId = new HashMap<>();
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		int lineNumber = 1;
		while (start <= bytes.length) {
			int end = start;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
			byte[] line = Arrays.copyOfRange(bytes, start, contentEnd);
			if (!isBlank(line)) {
				entry(file, lineNumber, line, lineOfId, problems).ifPresent(sources::add);
			}
			if (end >= bytes.length) {
				break;
			}
			start = end + 1;
			lineNumber++;
		}
		return new Entries(List.copyOf(sources), List.copyOf(problems));
	}

	private static Optional<DocumentSource> entry(Path file, int lineNumber, byte[] line, Map<String, Integer> lineOfId,
			List<ReadProblem> problems) {
		JsonNode object;
		try {
			object = parse(line);
		} catch (LineException e) {
			problems.add(new ReadProblem(lineNumber, e.column, e.getMessage() + "; line skipped"));
			return Optional.empty();
		}
		JsonNode idNode = object.get("id");
		if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isBlank()) {
			problems.add(new ReadProblem(lineNumber, 1, "no \"id\" (a string); line skipped"));
			return Optional.empty();
		}
		String id = idNode.asText().strip();
		if (!ID.matcher(id).matches()) {
			problems.add(new ReadProblem(lineNumber, column(line, "id"), "\"" + id
					+ "\" cannot be a document id (letters, digits, '.', '_' and '-' only, at most 200); line skipped"));
			return Optional.empty();
		}
		Integer earlier = lineOfId.putIfAbsent(id, lineNumber);
		if (earlier != null) {
			problems.add(new ReadProblem(lineNumber, column(line, "id"),
					"document id \"" + id + "\" already used on line " + earlier + "; line skipped"));
			return Optional.empty();
		}
		return Optional.of(new DocumentSource(file, id, lineNumber, line));
	}

	@Override
	public SourceDocument read(DocumentSource source) throws UnreadableDocumentException {
		JsonNode object;
		try {
			object = parse(source.bytes());
		} catch (LineException e) {
			throw new UnreadableDocumentException(new ReadProblem(source.line(), e.column, e.getMessage() + "; document skipped"));
		}
		String text = text(object, TEXT);
		if (text == null || text.isBlank()) {
			throw new UnreadableDocumentException(new ReadProblem(source.line(), 1,
					"document \"" + source.id() + "\" has no \"text\"; document skipped"));
		}
		List<ReadProblem> problems = new ArrayList<>();
		LocalDate date = null;
		String dateText = text(object, DATE);
		if (dateText != null) {
			date = PublicationDate.parse(dateText).orElse(null);
			if (date == null) {
				problems.add(new ReadProblem(source.line(), column(source.bytes(), fieldName(object, DATE)),
						"date \"" + dateText + "\" is not a date (yyyy-mm-dd); date ignored"));
			}
		}
		SourceMetadata metadata = new SourceMetadata(text(object, TITLE), text(object, URL), name(object, PUBLISHER), date,
				name(object, AUTHOR), text(object, SECTION), text(object, LANGUAGE));
		return new SourceDocument(text.replace("\r\n", "\n"), metadata, List.of(), List.of(), problems);
	}

	private static JsonNode parse(byte[] line) throws LineException {
		String decoded;
		try {
			decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
		} catch (CharacterCodingException e) {
			throw new LineException("not valid UTF-8", 1);
		}
		try (JsonParser parser = JSON.createParser(decoded)) {
			JsonNode node = JSON.readTree(parser);
			if (node == null || !node.isObject()) {
				throw new LineException("expected a JSON object", 1);
			}
			if (parser.nextToken() != null) {
				throw new LineException("more than one JSON value on the line", Math.max(1, parser.currentTokenLocation().getColumnNr()));
			}
			return node;
		} catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation();
			throw new LineException("malformed JSON (" + e.getOriginalMessage() + ")",
					location == null ? 1 : Math.max(1, location.getColumnNr()));
		} catch (IOException e) {
			throw new LineException("cannot read the line (" + e.getMessage() + ")", 1);
		}
	}

	/** The first of the fields that has a text value. */
	private static String text(JsonNode object, List<String> names) {
		for (String name : names) {
			JsonNode value = object.get(name);
			if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
				return value.asText().strip();
			}
		}
		return null;
	}

	private static String fieldName(JsonNode object, List<String> names) {
		return names.stream().filter(object::has).findFirst().orElse(names.get(0));
	}

	/** A name given as text, as an object with {@code name} or as a list of them, joined by ", ". */
	private static String name(JsonNode object, List<String> names) {
		for (String name : names) {
			JsonNode value = object.get(name);
			if (value == null || value.isNull()) {
				continue;
			}
			List<String> found = new ArrayList<>();
			for (JsonNode one : value.isArray() ? value : List.of(value)) {
				JsonNode named = one.isObject() ? one.get("name") : one;
				if (named != null && named.isValueNode() && !named.asText().isBlank()) {
					found.add(named.asText().strip());
				}
			}
			if (!found.isEmpty()) {
				return String.join(", ", found);
			}
		}
		return null;
	}

	private static int column(byte[] line, String field) {
		String text = new String(line, StandardCharsets.UTF_8);
		int at = text.indexOf("\"" + field + "\"");
		return at < 0 ? 1 : at + 1;
	}

	private static boolean isBlank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	/** A line that is not a JSON object, with the column where that shows. */
	private static final class LineException extends Exception {
		private static final long serialVersionUID = 1L;
		final int column;

		LineException(String message, int column) {
			super(message);
			this.column = column;
		}
	}
}
