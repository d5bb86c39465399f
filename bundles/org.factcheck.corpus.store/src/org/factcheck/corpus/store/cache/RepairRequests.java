package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Documents found damaged while a corpus was read ({@code repair} in the cache folder, one id a
 * line, {@value #ALL} for the whole cache): the next update imports them again. Losing this file
 * loses nothing but the hint: damage is detected again on the next read.
 */
final class RepairRequests {

	static final String FILE = "repair";
	static final String ALL = "*";

	private RepairRequests() {
	}

	/** Asks the next update to import {@code id} again ({@link #ALL}: everything); best effort. */
	static void request(Path cacheDirectory, String id) {
		try {
			Files.writeString(cacheDirectory.resolve(FILE), id.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			// the damage is found again on the next read
		}
	}

	/** The requested ids. */
	static Set<String> read(Path cacheDirectory) {
		Path file = cacheDirectory.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Set.of();
		}
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			Set<String> ids = new LinkedHashSet<>();
			lines.stream().filter(line -> !line.isEmpty()).forEach(ids::add);
			return ids;
		} catch (IOException e) {
			return Set.of(ALL);
		}
	}

	/** Forgets the requests once an update has imported them. */
	static void done(Path cacheDirectory) throws IOException {
		Files.deleteIfExists(cacheDirectory.resolve(FILE));
	}
}
