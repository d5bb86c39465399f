package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a document file found by a {@link CorpusScan}: only if it is still a regular file (never a
 * pipe that would block, never a link), and never more than {@link CorpusScan#MAX_BYTES}.
 */
final class SourceReading {

	private SourceReading() {
	}

	static byte[] read(SourceFile file) throws IOException {
		Path path = file.readPath();
		if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("no longer a regular file");
		}
		try (InputStream in = Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			byte[] bytes = in.readNBytes((int) CorpusScan.MAX_BYTES + 1);
			if (bytes.length > CorpusScan.MAX_BYTES) {
				throw new IOException("larger than " + (CorpusScan.MAX_BYTES >> 20) + " MiB");
			}
			return bytes;
		}
	}
}
