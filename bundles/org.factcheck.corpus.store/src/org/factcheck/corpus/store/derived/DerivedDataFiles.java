package org.factcheck.corpus.store.derived;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.factcheck.corpus.Content;

/**
 * The folder in a corpus cache that keeps {@link DerivedData}: one file per kind and document,
 * {@code <kind>/<2 hex>/<hash of the document id>}, holding a header (kind, version, document id,
 * fingerprint) and the entries, compressed (deflate), and a CRC32C over all of it. A file is written whole to a temporary
 * file beside it and moved into place, so readers (other runs too) see the old or the new file,
 * never a mix; two runs writing the same file keep one's entries, both valid. Once a write fails
 * (a read-only cache, a full disk) nothing more is written in this run, and one line saying so goes
 * to the notices. Whether the folder can be written is tried when the first entry of a run is
 * kept, so a run that keeps nothing tries nothing. Thread-safe.
 */
public final class DerivedDataFiles {

	/**
	 * Waiting entries are written before the store is closed once they take this many bytes, or
	 * when they have waited this long (a store the workbench keeps open for hours).
	 */
	private static final long FLUSH_BYTES = 32L << 20;
	private static final long FLUSH_NANOS = 60_000_000_000L;
	private static final int MAGIC = 0x46434444;
	private static final byte FORMAT = 2;
	private static final int MAX_ENTRIES = 1 << 24;
	private static final int MAX_ENTRY = 1 << 26;
	private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");
	private static final AtomicLong TEMPORARY = new AtomicLong();

	private final Path folder;
	private final Set<DerivedEntries> waiting = new LinkedHashSet<>();
	private final Map<Path, Object> fileLocks = new HashMap<>();
	private final AtomicInteger damaged = new AtomicInteger();
	private long waitingBytes;
	private long lastFlush = System.nanoTime();
	private final Consumer<String> notices;
	private final AtomicBoolean tried = new AtomicBoolean();
	private volatile boolean writable = true;

	/**
	 * @param folder  where the files are kept (need not exist; it is made on the first write)
	 * @param notices told once, in one line naming the folder and the cause, when the files cannot
	 *                be written
	 */
	public DerivedDataFiles(Path folder, Consumer<String> notices) {
		this.folder = folder;
		this.notices = notices;
	}

	/**
	 * Gives the content in {@code resource} its {@link DerivedData}, kept under {@code fingerprint}:
	 * a value that changes whenever the document's content may change.
	 */
	public void attach(Resource resource, String documentId, String fingerprint) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Content content) {
			synchronized (content) {
				if (DerivedData.of(content).isEmpty()) {
					content.eAdapters().add(new DerivedData(this, documentId, fingerprint));
				}
			}
		}
	}

	/** A fingerprint of these parts (in this order) for {@link #attach}. */
	public static String fingerprint(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes every waiting entry; what cannot be written is dropped (it is computed again next time). */
	public void flush() {
		DerivedEntries[] entries;
		synchronized (this) {
			entries = waiting.toArray(DerivedEntries[]::new);
			waiting.clear();
			waitingBytes = 0;
			lastFlush = System.nanoTime();
		}
		for (DerivedEntries kindEntries : entries) {
			write(kindEntries);
		}
	}

	/**
	 * Removes the files of documents that are not among {@code documentIds} (documents removed from
	 * the corpus) and temporary files that killed runs left more than an hour ago. What cannot be
	 * removed (a read-only cache) stays; it is never read for another document.
	 */
	public void keepOnly(Collection<String> documentIds) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Set<String> names = new HashSet<>();
		for (String id : documentIds) {
			names.add(fileName(id));
		}
		long hourAgo = System.currentTimeMillis() - 3_600_000L;
		try (Stream<Path> files = Files.walk(folder, 3)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				boolean temporary = name.contains(".tmp-");
				if (temporary ? Files.getLastModifiedTime(file).toMillis() < hourAgo : !names.contains(name)) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException | UncheckedIOException | SecurityException e) {
			// a cache that cannot be cleaned keeps the files; they are keyed by document and never served for another
		}
	}

	/** How many files were found damaged and read as empty since this folder was opened. */
	public int damagedFiles() {
		return damaged.get();
	}

	Path fileOf(String kind, String documentId) {
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("not a kind of derived data: " + kind);
		}
		String name = fileName(documentId);
		return folder.resolve(kind).resolve(name.substring(0, 2)).resolve(name);
	}

	private static String fileName(String documentId) {
		return fingerprint(documentId).substring(0, 32);
	}

	void changed(DerivedEntries entries, int bytes) {
		if (tried.compareAndSet(false, true)) {
			tryWriting();
		}
		boolean flush;
		synchronized (this) {
			if (!writable) {
				return;
			}
			waiting.add(entries);
			waitingBytes += bytes;
			flush = waitingBytes >= FLUSH_BYTES || System.nanoTime() - lastFlush >= FLUSH_NANOS;
		}
		if (flush) {
			flush();
		}
	}

	/** The entries of a file with this header, empty if it is missing, stale or damaged. */
	Map<Integer, byte[]> read(Path file, DerivedEntries.Header header) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return Map.of();
		} catch (IOException | UncheckedIOException e) {
			damaged.incrementAndGet();
			return Map.of();
		}
		Map<Integer, byte[]> entries = decode(bytes, header);
		if (entries == null) {
			damaged.incrementAndGet();
			return Map.of();
		}
		return entries;
	}

	private void write(DerivedEntries entries) {
		if (!writable) {
			return;
		}
		Path file = entries.file();
		Object lock;
		synchronized (fileLocks) {
			lock = fileLocks.computeIfAbsent(file, f -> new Object());
		}
		boolean more;
		synchronized (lock) {
			Map<Integer, byte[]> merged = entries.merged(read(file, entries.header()));
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
					+ TEMPORARY.incrementAndGet());
			try {
				Files.createDirectories(file.getParent());
				Files.write(temporary, encode(entries.header(), merged));
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException | UncheckedIOException | SecurityException e) {
				cannotWrite(e);
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException | SecurityException ignored) {
					// nothing was written: a read-only cache
				}
				return;
			}
			more = entries.written(merged);
		}
		if (more) {
			changed(entries, 0);
		}
	}

	/** Makes the folder and a file in it, so that a cache that cannot be written is told before the run ends. */
	private void tryWriting() {
		Path probe = folder.resolve(".probe.tmp-" + ProcessHandle.current().pid() + "-" + TEMPORARY.incrementAndGet());
		try {
			Files.createDirectories(folder);
			Files.write(probe, new byte[] { 0 });
			Files.delete(probe);
		} catch (IOException | UncheckedIOException | SecurityException e) {
			cannotWrite(e);
		}
	}

	private void cannotWrite(Exception e) {
		boolean first;
		synchronized (this) {
			first = writable;
			writable = false;
			waiting.clear();
			waitingBytes = 0;
		}
		if (first) {
			notices.accept(folder + ": cannot keep sentence analyses (" + cause(e)
					+ "); verification is not affected, only slower");
		}
	}

	private String cause(Exception e) {
		Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
		if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason().toLowerCase(Locale.ROOT);
		}
		if (cause instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (cause instanceof FileAlreadyExistsException exists) {
			return folder.toString().equals(exists.getFile()) ? "a file is in its place"
					: exists.getFile() + " is in the way and is not a folder";
		}
		if (cause instanceof SecurityException) {
			return "not allowed: " + cause.getMessage();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	static byte[] encode(DerivedEntries.Header header, Map<Integer, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(MAGIC);
			out.writeByte(FORMAT);
			Deflater deflater = new Deflater(Deflater.BEST_SPEED);
			try (DataOutputStream payload = new DataOutputStream(new DeflaterOutputStream(out, deflater, 8192))) {
				writeString(payload, header.kind());
				writeString(payload, header.version());
				writeString(payload, header.documentId());
				writeString(payload, header.fingerprint());
				payload.writeInt(entries.size());
				for (Map.Entry<Integer, byte[]> entry : entries.entrySet()) {
					payload.writeInt(entry.getKey());
					payload.writeInt(entry.getValue().length);
					payload.write(entry.getValue());
				}
			} finally {
				deflater.end();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes.toByteArray());
		ByteBuffer checksum = ByteBuffer.allocate(4).putInt((int) crc.getValue());
		bytes.writeBytes(checksum.array());
		return bytes.toByteArray();
	}

	/** The entries, empty if the header is another one (stale), null if the bytes are damaged. */
	static Map<Integer, byte[]> decode(byte[] bytes, DerivedEntries.Header header) {
		if (bytes.length < 9) {
			return null;
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, bytes.length - 4);
		if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
			return null;
		}
		if (ByteBuffer.wrap(bytes).getInt() != MAGIC || bytes[4] != FORMAT) {
			return null;
		}
		Inflater inflater = new Inflater();
		try (DataInputStream in = new DataInputStream(new InflaterInputStream(
				new ByteArrayInputStream(bytes, 5, bytes.length - 9), inflater, 8192))) {
			DerivedEntries.Header stored = new DerivedEntries.Header(readString(in), readString(in), readString(in),
					readString(in));
			if (!stored.equals(header)) {
				return Map.of();
			}
			int count = in.readInt();
			if (count < 0 || count > MAX_ENTRIES) {
				return null;
			}
			Map<Integer, byte[]> entries = new HashMap<>(count * 2);
			for (int i = 0; i < count; i++) {
				int key = in.readInt();
				int length = in.readInt();
				if (length < 0 || length > MAX_ENTRY) {
					return null;
				}
				byte[] value = in.readNBytes(length);
				if (value.length != length) {
					return null;
				}
				entries.put(key, value);
			}
			return in.read() < 0 ? entries : null;
		} catch (IOException e) {
			return null;
		} finally {
			inflater.end();
		}
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_ENTRY) {
			throw new IOException("bad length");
		}
		byte[] utf8 = in.readNBytes(length);
		if (utf8.length != length) {
			throw new IOException("cut short");
		}
		return new String(utf8, StandardCharsets.UTF_8);
	}
}
