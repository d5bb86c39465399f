package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the cache of a corpus folder lives by default:
 * {@code $XDG_CACHE_HOME/factcheck/corpora/<hash of the corpus folder's real path>}, or under
 * {@code ~/.cache} when {@code XDG_CACHE_HOME} is not set.
 */
public final class CacheLocation {

	private CacheLocation() {
	}

	public static Path defaultFor(Path corpusDirectory) throws IOException {
		String xdg = System.getenv("XDG_CACHE_HOME");
		Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
				: Path.of(System.getProperty("user.home"), ".cache");
		return under(base.resolve("factcheck").resolve("corpora"), corpusDirectory);
	}

	/** The cache of a corpus folder below {@code root}: one folder per corpus, named by its hash. */
	public static Path under(Path root, Path corpusDirectory) throws IOException {
		return root.resolve(key(corpusDirectory));
	}

	static String key(Path corpusDirectory) throws IOException {
		String path = corpusDirectory.toRealPath().toString();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}
}
