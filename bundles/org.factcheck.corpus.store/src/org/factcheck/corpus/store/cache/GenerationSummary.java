package org.factcheck.corpus.store.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What an update needs of a committed generation, kept beside the index ({@value #FILE} in the
 * cache folder) so that a corpus opened without a search can be brought up to date without Lucene:
 * the commit's files (length and checksum each), its commit data, the heads of its records and the
 * full records of those with problems.
 * <p>
 * A summary is used only for the latest commit of the index it names, and only for an index small
 * enough to have every file's checksum verified when opened ({@link Generation#VERIFY_ALL_UP_TO}):
 * each file is then checked against its Lucene footer and the summary, so that a damaged or
 * replaced index is found as when Lucene opens it. The summary has a checksum of its own; one that
 * does not match, or names another commit, is not used.
 */
final class GenerationSummary {

	static final String FILE = "store-summary";
	private static final int FORMAT = 1;
	private static final String SEGMENTS = "segments_";
	/** Lucene's footer: magic, algorithm id, checksum of everything before the checksum. */
	private static final int FOOTER_MAGIC = ~0x3fd76c17;
	private static final int FOOTER_LENGTH = 16;

	/** A file of the commit: its length and the checksum its footer holds. */
	record CommitFile(String name, long length, long checksum) {
	}

	private final String segments;
	private final List<CommitFile> files;
	private final Map<String, String> userData;
	private final int capacity;
	private final List<DocumentRecord.Head> heads;
	private final Map<String, byte[]> records;

	/**
	 * @param capacity the size the generation gave its map of heads, which it filled with
	 *                 {@code heads} in their order
	 */
	GenerationSummary(String segments, List<CommitFile> files, Map<String, String> userData, int capacity,
			List<DocumentRecord.Head> heads, Map<String, byte[]> records) {
		this.segments = segments;
		this.files = List.copyOf(files);
		this.userData = Collections.unmodifiableMap(new LinkedHashMap<>(userData));
		this.capacity = capacity;
		this.heads = heads;
		this.records = records;
	}

	/** The name of the commit's segments file. */
	String segments() {
		return segments;
	}

	Map<String, String> userData() {
		return userData;
	}

	/** The heads, in the order the generation took them into its map. */
	List<DocumentRecord.Head> heads() {
		return heads;
	}

	int capacity() {
		return capacity;
	}

	/** The full record of a document with problems, or null. */
	DocumentRecord record(String id) {
		byte[] bytes = records.get(id);
		if (bytes == null) {
			return null;
		}
		try {
			return DocumentRecord.decode(bytes, 0, bytes.length);
		} catch (DamagedCacheException e) {
			return null;
		}
	}

	/**
	 * The summary of the latest commit of the index in {@code storeDirectory}, with every file of
	 * that commit verified; empty if there is none that can be used so.
	 */
	static Optional<GenerationSummary> readVerified(Path cacheDirectory, Path storeDirectory) {
		try {
			GenerationSummary summary = read(cacheDirectory.resolve(FILE));
			return summary != null && summary.describes(storeDirectory) ? Optional.of(summary) : Optional.empty();
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Whether the summary in {@code cacheDirectory} names the commit {@code segments}. */
	static boolean isKept(Path cacheDirectory, String segments) {
		try (DataInputStream in = new DataInputStream(Files.newInputStream(cacheDirectory.resolve(FILE)))) {
			return in.readInt() == FORMAT && segments.equals(readString(in));
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Writes this summary to {@code cacheDirectory}, replacing the one kept there. */
	void write(Path cacheDirectory) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + heads.size() * 48);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(FORMAT);
			writeString(out, segments);
			out.writeInt(files.size());
			for (CommitFile file : files) {
				writeString(out, file.name());
				out.writeLong(file.length());
				out.writeLong(file.checksum());
			}
			out.writeInt(userData.size());
			for (Map.Entry<String, String> entry : userData.entrySet()) {
				writeString(out, entry.getKey());
				writeString(out, entry.getValue());
			}
			out.writeInt(capacity);
			out.writeInt(heads.size());
			for (DocumentRecord.Head head : heads) {
				writeString(out, head.id());
				writeString(out, head.source());
				FileStamp stamp = head.stamp();
				out.writeLong(stamp.size());
				out.writeLong(stamp.modified());
				out.writeLong(stamp.changed());
				out.writeLong(stamp.inode());
				out.writeLong(head.stampedAt());
				out.writeInt(head.problems());
			}
			out.writeInt(records.size());
			for (Map.Entry<String, byte[]> record : records.entrySet()) {
				writeString(out, record.getKey());
				out.writeInt(record.getValue().length);
				out.write(record.getValue());
			}
			out.flush();
			CRC32 crc = new CRC32();
			crc.update(bytes.toByteArray());
			out.writeLong(crc.getValue());
		}
		Path file = cacheDirectory.resolve(FILE);
		Path temporary = cacheDirectory.resolve(FILE + ".new");
		Files.write(temporary, bytes.toByteArray());
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The checksum in the footer of an index file. */
	static long footerChecksum(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			return footer(channel, channel.size());
		}
	}

	private static GenerationSummary read(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return null;
		}
		if (bytes.length < 12) {
			return null;
		}
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, bytes.length - 8);
		if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
			if (in.readInt() != FORMAT) {
				return null;
			}
			String segments = readString(in);
			List<CommitFile> files = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				files.add(new CommitFile(readString(in), in.readLong(), in.readLong()));
			}
			Map<String, String> userData = new LinkedHashMap<>();
			for (int i = in.readInt(); i > 0; i--) {
				userData.put(readString(in), readString(in));
			}
			int capacity = in.readInt();
			int count = in.readInt();
			List<DocumentRecord.Head> heads = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				String id = readString(in);
				String source = readString(in);
				FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong());
				heads.add(DocumentRecord.Head.of(id, source, stamp, in.readLong(), in.readInt()));
			}
			Map<String, byte[]> records = new LinkedHashMap<>();
			for (int i = in.readInt(); i > 0; i--) {
				String id = readString(in);
				records.put(id, in.readNBytes(in.readInt()));
			}
			return new GenerationSummary(segments, files, userData, capacity, heads, records);
		}
	}

	/**
	 * Whether this summary describes the latest commit of the index in {@code storeDirectory}, whose
	 * files all have the length and checksum recorded here, and whose bytes match their checksums.
	 */
	private boolean describes(Path storeDirectory) throws IOException {
		if (!segments.equals(latestSegments(storeDirectory))) {
			return false;
		}
		long size = files.stream().mapToLong(CommitFile::length).sum();
		if (size > Generation.VERIFY_ALL_UP_TO) {
			return false;
		}
		for (CommitFile file : files) {
			if (file.name().contains("/") || !intact(storeDirectory.resolve(file.name()), file)) {
				return false;
			}
		}
		return true;
	}

	/** The segments file of the latest commit in {@code folder}, as Lucene finds it, or null. */
	private static String latestSegments(Path folder) throws IOException {
		String latest = null;
		long generation = -1;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path path : (Iterable<Path>) files::iterator) {
				String name = path.getFileName().toString();
				if (name.startsWith(SEGMENTS)) {
					long n = Long.parseLong(name.substring(SEGMENTS.length()), Character.MAX_RADIX);
					if (n > generation) {
						generation = n;
						latest = name;
					}
				}
			}
		}
		return latest;
	}

	/** Whether {@code path} has the recorded length and footer, and its bytes match the footer's checksum. */
	private static boolean intact(Path path, CommitFile expected) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			long length = channel.size();
			if (length != expected.length() || footer(channel, length) != expected.checksum()) {
				return false;
			}
			CRC32 crc = new CRC32();
			ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
			long position = 0;
			long end = length - 8;
			while (position < end) {
				buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
				int read = channel.read(buffer, position);
				if (read < 0) {
					return false;
				}
				buffer.flip();
				crc.update(buffer);
				position += read;
			}
			return crc.getValue() == expected.checksum();
		}
	}

	/** The checksum of a Lucene footer, or -1 if the file has none. */
	private static long footer(FileChannel channel, long length) throws IOException {
		if (length < FOOTER_LENGTH) {
			return -1;
		}
		ByteBuffer footer = ByteBuffer.allocate(FOOTER_LENGTH);
		while (footer.hasRemaining()) {
			if (channel.read(footer, length - FOOTER_LENGTH + footer.position()) < 0) {
				return -1;
			}
		}
		footer.flip();
		if (footer.getInt() != FOOTER_MAGIC || footer.getInt() != 0) {
			return -1;
		}
		long checksum = footer.getLong();
		return (checksum & 0xFFFFFFFF00000000L) == 0 ? checksum : -1;
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length != length) {
			throw new IOException("the summary ends early");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
