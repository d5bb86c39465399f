package org.factcheck.text.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list or table shipped as a UTF-8 text file inside a bundle (conventionally under
 * {@code data/}): one entry per line, {@code #} starts a comment line, blank lines are ignored and
 * table columns are separated by {@code |}.
 */
public final class DataFile {

	private DataFile() {
	}

	/**
	 * The entries of {@code path} (relative to the root of the bundle that holds {@code owner}).
	 *
	 * @throws IllegalStateException naming the resource when it is missing or unreadable
	 */
	public static List<String> lines(Class<?> owner, String path) {
		String resource = path.startsWith("/") ? path : "/" + path;
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("data file " + resource + " is missing from the bundle of " + owner.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed);
				}
			}
			return List.copyOf(lines);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read data file " + resource + " of " + owner.getName(), e);
		}
	}

	/**
	 * The rows of a table: each line split at the first {@code columns - 1} bars, cells trimmed.
	 * Rows with fewer cells are reported with the line's content.
	 */
	public static List<String[]> table(Class<?> owner, String path, int columns) {
		List<String[]> rows = new ArrayList<>();
		for (String line : lines(owner, path)) {
			String[] cells = line.split("\\|", columns);
			if (cells.length != columns) {
				throw new IllegalStateException("data file " + path + ": expected " + columns + " columns in '" + line + "'");
			}
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].strip();
			}
			rows.add(cells);
		}
		return List.copyOf(rows);
	}

	/** The comma-separated alternatives of a table cell, stripped, blanks left out (Russland, Russische Föderation). */
	public static List<String> alternatives(String cell) {
		List<String> values = new ArrayList<>();
		for (String value : cell.split(",")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return List.copyOf(values);
	}
}
