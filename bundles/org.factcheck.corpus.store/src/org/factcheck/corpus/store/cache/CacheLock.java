package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to a cache folder while it is checked and updated: a lock within this process
 * (file locks are per process) and an OS file lock on {@code lock} against other processes.
 */
public final class CacheLock implements AutoCloseable {

	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final ReentrantLock processLock;
	private final FileChannel channel;
	private final FileLock fileLock;

	private CacheLock(ReentrantLock processLock, FileChannel channel, FileLock fileLock) {
		this.processLock = processLock;
		this.channel = channel;
		this.fileLock = fileLock;
	}

	/** Waits until the cache folder is free and takes it. */
	public static CacheLock acquire(Path cacheDirectory) throws IOException {
		try {
			Files.createDirectories(cacheDirectory);
		} catch (IOException | SecurityException e) {
			throw new IOException("cannot create the cache folder " + cacheDirectory + " (" + reason(e)
					+ "); choose another place with --index DIR or XDG_CACHE_HOME", e);
		}
		ReentrantLock processLock = IN_PROCESS.computeIfAbsent(cacheDirectory.toAbsolutePath().normalize(),
				k -> new ReentrantLock());
		processLock.lock();
		FileChannel channel = null;
		try {
			channel = FileChannel.open(cacheDirectory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			return new CacheLock(processLock, channel, channel.lock());
		} catch (IOException | RuntimeException e) {
			if (channel != null) {
				channel.close();
			}
			processLock.unlock();
			throw e;
		}
	}

	private static String reason(Exception e) {
		if (e instanceof java.nio.file.AccessDeniedException denied) {
			return "permission denied: " + denied.getFile();
		}
		if (e instanceof java.nio.file.NoSuchFileException missing) {
			return "no such folder: " + missing.getFile();
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
			return "a file is in the way: " + exists.getFile();
		}
		if (e instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
			return system.getReason();
		}
		return String.valueOf(e.getMessage());
	}

	@Override
	public void close() throws IOException {
		try {
			fileLock.release();
			channel.close();
		} finally {
			processLock.unlock();
		}
	}
}
