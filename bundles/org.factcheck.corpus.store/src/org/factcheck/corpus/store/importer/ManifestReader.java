package org.factcheck.corpus.store.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.factcheck.corpus.store.ImportProblem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads {@code manifest.jsonl} with Jackson's streaming parser: one JSON object per line with {@code id} and optionally
 * {@code title}, {@code url}, {@code publisher}, {@code date} (ISO) and {@code section}; other scalar
 * fields (for example {@code trust}) are kept as the document's properties. A line
 * that is not valid is reported with its line and column and ignored; the others still apply.
 */
public final class ManifestReader {

	private static final JsonFactory JSON = new JsonFactory();

	/** The longest line {@link #readEntryAt} reads, in bytes. */
	static final int MAX_PLACED_LINE = 1 << 20;

	/** The fields that have attributes of their own; the others become the document's properties. */
	private static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "url", "publisher", "date", "section");

	private ManifestReader() {
	}

	public static Manifest read(Path file) {
		return read(file, (text, lines) -> {
			int[] number = { 0 };
			text.lines().forEachOrdered(line -> lines.line(++number[0], line));
		});
	}

	/**
	 * Reads only the lines that contain one of {@code markers} as written (their numbers stay those
	 * of the whole file); the others are neither parsed nor checked. When every marker is ASCII, the
	 * lines are found in the file's bytes and only they are decoded: ASCII bytes (line breaks
	 * included) are the same characters in every encoding {@link TextDecoder} reads but UTF-16, so
	 * the lines, their numbers and (when each is valid UTF-8) their text are those of the whole
	 * read. Otherwise the markers are looked for in the whole decoded text.
	 */
	public static Manifest readLinesWith(Path file, Collection<String> markers) {
		List<byte[]> ascii = new ArrayList<>();
		for (String marker : markers) {
			if (!marker.isEmpty() && marker.indexOf('\n') < 0 && marker.indexOf('\r') < 0) {
				if (!marker.chars().allMatch(c -> c < 0x80)) {
					return readLinesInText(file, markers);
				}
				ascii.add(marker.getBytes(StandardCharsets.US_ASCII));
			}
		}
		if (!Files.isRegularFile(file)) {
			return Manifest.empty();
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			return unreadable(file, e);
		}
		if (ByteLines.isUtf16(bytes)) {
			return readLinesInText(file, markers);
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, ManifestEntry> entries = new LinkedHashMap<>();
		for (ByteLines.Line line : ByteLines.holding(bytes, ascii)) {
			String text = ByteLines.utf8(bytes, line);
			if (text == null) {
				return readLinesInText(file, markers);
			}
			if (!text.isBlank()) {
				readLine(file, line.number(), line.start(), text, entries, problems);
			}
		}
		return new Manifest(Map.copyOf(entries), List.copyOf(problems));
	}

	/** {@link #readLinesWith}, looking for the markers in the whole decoded text. */
	static Manifest readLinesInText(Path file, Collection<String> markers) {
		return read(file, (text, lines) -> {
			TreeSet<Integer> lineStarts = new TreeSet<>();
			for (String marker : markers) {
				if (marker.isEmpty() || marker.indexOf('\n') >= 0 || marker.indexOf('\r') >= 0) {
					continue;
				}
				for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
					lineStarts.add(lineStart(text, at));
					at = Math.max(at, lineEnd(text, at) - 1);
				}
			}
			int number = 1;
			int counted = 0;
			for (int start : lineStarts) {
				number += lineBreaks(text, counted, start);
				counted = start;
				lines.line(number, text.substring(start, lineEnd(text, start)));
			}
		});
	}

	/**
	 * The entry of {@code id} on the line that starts at byte {@code offset} of the manifest and has
	 * number {@code line}, as {@link #read} gives it ({@link ManifestEntry#offset()}): read without
	 * the rest of the file. Empty if that is not where a line starts, the line is not valid UTF-8 or
	 * longer than {@value #MAX_PLACED_LINE} bytes, or it holds no valid entry of {@code id}; the
	 * caller then reads the file otherwise.
	 */
	public static Optional<ManifestEntry> readEntryAt(Path file, String id, long offset, int line) {
		if (offset < 0 || line < 1) {
			return Optional.empty();
		}
		long from = offset <= 3 ? 0 : offset - 1;
		byte[] window;
		boolean toTheEnd;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (offset >= size) {
				return Optional.empty();
			}
			// read in growing steps until the window holds the line's break or the file's end
			long limit = Math.min(size - from, offset - from + MAX_PLACED_LINE + 1);
			ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(limit, 4096));
			int scanned = (int) (offset - from);
			while (true) {
				while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
					// read on until the window is full or the file ends
				}
				if (hasBreak(buffer.array(), scanned, buffer.position()) || buffer.position() >= limit
						|| buffer.hasRemaining()) {
					break;
				}
				scanned = buffer.position();
				buffer = ByteBuffer.allocate((int) Math.min(limit, buffer.capacity() * 4L)).put(buffer.flip());
			}
			window = Arrays.copyOf(buffer.array(), buffer.position());
			toTheEnd = from + window.length >= size;
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		int at = (int) (offset - from);
		if (at >= window.length || !ByteLines.startsLine(window, from, at)) {
			return Optional.empty();
		}
		int end = at;
		while (end < window.length && window[end] != '\n' && window[end] != '\r') {
			end++;
		}
		if (end == window.length && !toTheEnd) {
			return Optional.empty();
		}
		String text = ByteLines.utf8(window, new ByteLines.Line(line, at, end));
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Map<String, ManifestEntry> entries = new HashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		readLine(file, line, offset, text, entries, problems);
		return problems.isEmpty() ? Optional.ofNullable(entries.get(id)) : Optional.empty();
	}

	private static boolean hasBreak(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r') {
				return true;
			}
		}
		return false;
	}

	/** Hands lines of a manifest's text, with their numbers, to be parsed. */
	private interface LineWalk {
		void walk(String text, Lines lines);
	}

	private interface Lines {
		void line(int number, String line);
	}

	private static Manifest read(Path file, LineWalk walk) {
		if (!Files.isRegularFile(file)) {
			return Manifest.empty();
		}
		DecodedText decoded;
		int[] starts;
		try {
			byte[] bytes = Files.readAllBytes(file);
			// ASCII line breaks are the decoded text's line breaks in every encoding but UTF-16
			starts = ByteLines.isUtf16(bytes) ? new int[0] : ByteLines.starts(bytes);
			decoded = TextDecoder.decode(file, bytes);
		} catch (IOException e) {
			return unreadable(file, e);
		}
		Map<String, ManifestEntry> entries = new LinkedHashMap<>();
		List<ImportProblem> problems = new ArrayList<>(decoded.problems());
		walk.walk(decoded.text(), (number, line) -> {
			if (!line.isBlank()) {
				readLine(file, number, number <= starts.length ? starts[number - 1] : -1, line, entries, problems);
			}
		});
		return new Manifest(Map.copyOf(entries), List.copyOf(problems));
	}

	private static Manifest unreadable(Path file, IOException e) {
		return new Manifest(Map.of(), List.of(new ImportProblem(file, 0, 0, "cannot read the manifest (" + e + "); no manifest metadata used")));
	}

	/** Where the line holding {@code at} starts; lines end as {@link String#lines()} ends them. */
	private static int lineStart(String text, int at) {
		int i = at;
		while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
			i--;
		}
		return i;
	}

	private static int lineEnd(String text, int at) {
		int i = at;
		while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	/** The line breaks in [from, to) ({@code \r\n} is one), where both are line starts. */
	private static int lineBreaks(String text, int from, int to) {
		int breaks = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				breaks++;
			}
		}
		return breaks;
	}

	private static void readLine(Path file, int lineNumber, long offset, String line, Map<String, ManifestEntry> entries,
			List<ImportProblem> problems) {
		Map<String, String> fields = new HashMap<>();
		try (JsonParser parser = JSON.createParser(line)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				problems.add(new ImportProblem(file, lineNumber, 1, "expected a JSON object; line ignored"));
				return;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value.isScalarValue()) {
					fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
				} else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				JsonLocation location = parser.currentTokenLocation();
				problems.add(new ImportProblem(file, lineNumber, Math.max(1, location.getColumnNr()),
						"more than one JSON value on the line; line ignored"));
				return;
			}
		} catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation();
			int column = location == null ? 1 : Math.max(1, location.getColumnNr());
			problems.add(new ImportProblem(file, lineNumber, column, "malformed JSON (" + e.getOriginalMessage() + "); line ignored"));
			return;
		} catch (IOException e) {
			problems.add(new ImportProblem(file, lineNumber, 1, "cannot parse the line (" + e.getMessage() + "); line ignored"));
			return;
		}
		String id = fields.get("id");
		if (id == null || id.isBlank()) {
			problems.add(new ImportProblem(file, lineNumber, 1, "entry without \"id\"; line ignored"));
			return;
		}
		LocalDate date = null;
		String dateText = fields.get("date");
		if (dateText != null && !dateText.isBlank()) {
			try {
				date = LocalDate.parse(dateText.strip());
			} catch (DateTimeParseException e) {
				problems.add(new ImportProblem(file, lineNumber, columnOf(line, "\"date\""),
						"date \"" + dateText + "\" is not an ISO date (yyyy-mm-dd); date ignored"));
			}
		}
		if (entries.containsKey(id)) {
			problems.add(new ImportProblem(file, lineNumber, 1, "second entry for \"" + id + "\"; it replaces the first"));
		}
		String title = fields.get("title");
		String url = fields.get("url");
		String publisher = fields.get("publisher");
		String section = fields.get("section");
		Map<String, String> properties = new TreeMap<>();
		fields.forEach((name, value) -> {
			if (!KNOWN_FIELDS.contains(name) && value != null) {
				properties.put(name, value);
			}
		});
		String fingerprint = String.join("\u0000", String.valueOf(title), String.valueOf(url), String.valueOf(publisher),
				String.valueOf(date), String.valueOf(section));
		if (!properties.isEmpty()) {
			fingerprint += "\u0000" + properties;
		}
		entries.put(id, new ManifestEntry(id, title, url, publisher, date, section, properties, fingerprint, lineNumber,
				offset));
	}

	private static int columnOf(String line, String key) {
		int at = line.indexOf(key);
		return at < 0 ? 1 : at + 1;
	}
}
