package org.factcheck.corpus.store.derived;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entries of one kind for one document: those read from its file (on first request), those
 * added since, and after a write only which keys the file holds (their bytes are read again when
 * asked for). Thread-safe.
 */
final class DerivedEntries {

	/** What a file's entries are valid for; a file with another header is stale. */
	record Header(String kind, String version, String documentId, String fingerprint) {
	}

	private final DerivedDataFiles files;
	private final Path file;
	private final Header header;
	private Map<Integer, byte[]> read;
	private Set<Integer> written;
	private final Map<Integer, byte[]> added = new HashMap<>();

	DerivedEntries(DerivedDataFiles files, Path file, Header header) {
		this.files = files;
		this.file = file;
		this.header = header;
	}

	Path file() {
		return file;
	}

	Header header() {
		return header;
	}

	synchronized byte[] get(int key) {
		byte[] value = added.get(key);
		if (value != null) {
			return value;
		}
		if (read == null && (written == null || written.contains(key))) {
			read = files.read(file, header);
			written = null;
		}
		return read == null ? null : read.get(key);
	}

	synchronized void put(int key, byte[] value) {
		added.put(key, value.clone());
	}

	/** Everything this document's file should hold: what it held, what was read and what was added. */
	synchronized Map<Integer, byte[]> merged(Map<Integer, byte[]> onDisk) {
		Map<Integer, byte[]> all = new TreeMap<>(onDisk);
		if (read != null) {
			all.putAll(read);
		}
		all.putAll(added);
		return all;
	}

	/**
	 * The file now holds {@code merged}: what was added before it was taken is dropped from memory.
	 *
	 * @return whether entries were added since (they wait for the next write)
	 */
	synchronized boolean written(Map<Integer, byte[]> merged) {
		added.entrySet().removeIf(entry -> merged.get(entry.getKey()) == entry.getValue());
		read = null;
		written = Set.copyOf(merged.keySet());
		return !added.isEmpty();
	}
}
