package org.factcheck.corpus.store.cache;

import java.io.IOException;

/** Something read from the cache is not what was written there: it fails its checksum or cannot be decoded. */
public class DamagedCacheException extends IOException {

	private static final long serialVersionUID = 1L;

	public DamagedCacheException(String message) {
		super(message);
	}

	public DamagedCacheException(String message, Throwable cause) {
		super(message, cause);
	}
}
