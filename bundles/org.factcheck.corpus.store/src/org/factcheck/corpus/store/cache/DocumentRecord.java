package org.factcheck.corpus.store.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;

/**
 * What the cache knows about one document besides its content: the file it was imported from
 * (name, stamp, content hash, manifest entry), its metadata and its import problems. Stored as one
 * binary doc value per document with a CRC32C over all of it, so that a damaged record is never
 * taken for a good one.
 *
 * @param id                  the document id
 * @param source              the file name in the corpus folder
 * @param stamp               the file's stamp when it was last compared
 * @param stampedAt           when that stamp was taken (nanoseconds since the epoch)
 * @param hash                the content hash of the file
 * @param manifestFingerprint the fingerprint of the document's manifest entry, empty if none
 * @param metadata            title, url, publisher, date, section, language, path and properties
 * @param problems            what could not be imported as written
 */
public record DocumentRecord(String id, String source, FileStamp stamp, long stampedAt, String hash,
		String manifestFingerprint, Metadata metadata, List<Problem> problems) {

	private static final byte FORMAT = 4;
	private static final int MAX_STRING = 8192;

	/**
	 * The metadata of a document; null fields are not known.
	 *
	 * @param sourceLine the line of the document in a file that holds several, 0 for a whole file
	 * @param properties the manifest's fields without an attribute of their own (for example trust)
	 */
	public record Metadata(String title, String url, String publisher, LocalDate published, String section,
			String language, String path, String author, int sourceLine, Map<String, String> properties) {

		public Metadata {
			properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		}

		/** Metadata without properties. */
		public Metadata(String title, String url, String publisher, LocalDate published, String section,
				String language, String path, String author, int sourceLine) {
			this(title, url, publisher, published, section, language, path, author, sourceLine, Map.of());
		}

		static Metadata of(Document document) {
			return new Metadata(document.getTitle(), document.getUrl(), document.getPublisher(), document.getPublished(),
					document.getSection(), document.getLanguage(), document.getPath(), document.getAuthor(),
					document.getSourceLine(), document.getProperties().map());
		}
	}

	/** An import problem of the document, without its file. */
	public record Problem(int line, int column, String message) {
	}

	public DocumentRecord {
		problems = List.copyOf(problems);
	}

	/** A new document object with this record's metadata and no content. */
	public Document toDocument() {
		Document document = CorpusFactory.eINSTANCE.createDocument();
		document.setId(id);
		document.setTitle(metadata.title());
		document.setUrl(metadata.url());
		document.setPublisher(metadata.publisher());
		document.setPublished(metadata.published());
		document.setSection(metadata.section());
		document.setLanguage(metadata.language());
		document.setPath(metadata.path());
		document.setAuthor(metadata.author());
		document.setSourceLine(metadata.sourceLine());
		document.getProperties().putAll(metadata.properties());
		document.setFingerprint(hash);
		return document;
	}

	/** The record with another stamp (the file was touched, not changed). */
	public DocumentRecord restamped(FileStamp newStamp, long newStampedAt) {
		return new DocumentRecord(id, source, newStamp, newStampedAt, hash, manifestFingerprint, metadata, problems);
	}

	public byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			writeString(out, id);
			writeString(out, source);
			out.writeLong(stamp.size());
			out.writeLong(stamp.modified());
			out.writeLong(stamp.changed());
			out.writeLong(stamp.inode());
			out.writeLong(stampedAt);
			writeString(out, hash);
			writeString(out, manifestFingerprint);
			out.writeShort(problems.size());
			writeString(out, metadata.title());
			writeString(out, metadata.url());
			writeString(out, metadata.publisher());
			writeString(out, metadata.published() == null ? null : metadata.published().toString());
			writeString(out, metadata.section());
			writeString(out, metadata.language());
			writeString(out, metadata.path());
			writeString(out, metadata.author());
			out.writeInt(metadata.sourceLine());
			out.writeShort(metadata.properties().size());
			for (Map.Entry<String, String> property : metadata.properties().entrySet()) {
				writeString(out, property.getKey());
				writeString(out, property.getValue());
			}
			for (Problem problem : problems) {
				out.writeInt(problem.line());
				out.writeInt(problem.column());
				writeString(out, problem.message());
			}
			out.flush();
			out.writeInt(crc(bytes.toByteArray(), 0, bytes.size()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * What an update compares for every document: the record without metadata and problems,
	 * decoded from the same bytes (checksum checked). The id and stamp are decoded at once; source,
	 * hash and manifest fingerprint only when asked for (an update of an unchanged corpus compares
	 * 100,000 stamps and needs few of them).
	 */
	public static final class Head {

		private final String id;
		private final FileStamp stamp;
		private final long stampedAt;
		private final int problems;
		/** The UTF-8 bytes of source, hash and fingerprint, each after its length (-1: null). */
		private final byte[] strings;
		private String source;
		private String hash;
		private String manifestFingerprint;

		/** Whether the source is {@code FILE/ID}: found once, as an update asks for every record twice. */
		private final boolean part;

		private Head(String id, FileStamp stamp, long stampedAt, int problems, byte[] strings) {
			this.id = id;
			this.stamp = stamp;
			this.stampedAt = stampedAt;
			this.problems = problems;
			this.strings = strings;
			this.part = hasSlash(strings);
		}

		public String id() {
			return id;
		}

		/** The file name in the corpus folder, {@code FILE/ID} for a document of a file of several. */
		public String source() {
			return source != null ? source : (source = string(0));
		}

		/** Whether {@link #source()} is {@code name}, compared without decoding it when {@code name} is ASCII. */
		public boolean sourceIs(String name) {
			int length = intAt(strings, 0);
			if (length != name.length()) {
				return name.equals(source());
			}
			for (int i = 0; i < length; i++) {
				char c = name.charAt(i);
				if (c >= 0x80) {
					return name.equals(source());
				}
				if (strings[4 + i] != c) {
					return false;
				}
			}
			return true;
		}

		/** Whether the document is one of a file of several documents (its source is {@code FILE/ID}). */
		public boolean isPart() {
			return part;
		}

		private static boolean hasSlash(byte[] strings) {
			int length = intAt(strings, 0);
			for (int i = 1; i < length; i++) {
				if (strings[4 + i] == '/') {
					return true;
				}
			}
			return false;
		}

		public FileStamp stamp() {
			return stamp;
		}

		public long stampedAt() {
			return stampedAt;
		}

		public String hash() {
			return hash != null ? hash : (hash = string(1));
		}

		/** The fingerprint of the document's manifest entry, empty if none. */
		public String manifestFingerprint() {
			return manifestFingerprint != null ? manifestFingerprint : (manifestFingerprint = string(2));
		}

		/** How many problems the full record has. */
		public int problems() {
			return problems;
		}

		private String string(int index) {
			ByteBuffer in = ByteBuffer.wrap(strings);
			for (int i = 0; i < index; i++) {
				int length = in.getInt();
				in.position(in.position() + Math.max(0, length));
			}
			return readString(in);
		}

		@Override
		public String toString() {
			return "Head[" + id + ", " + source() + ", " + stamp + ", " + stampedAt + "]";
		}
	}

	/** Decodes the head of a record written by {@link #encode()}. */
	public static Head decodeHead(byte[] data, int offset, int length) throws DamagedCacheException {
		ByteBuffer in = checked(data, offset, length);
		try {
			return readHead(in);
		} catch (RuntimeException e) {
			throw new DamagedCacheException("a document record cannot be read: " + e, e);
		}
	}

	private static ByteBuffer checked(byte[] data, int offset, int length) throws DamagedCacheException {
		if (length < 5 || crc(data, offset, length - 4) != intAt(data, offset + length - 4)) {
			throw new DamagedCacheException("a document record does not match its checksum");
		}
		ByteBuffer in = ByteBuffer.wrap(data, offset, length - 4);
		if (in.get() != FORMAT) {
			throw new DamagedCacheException("a document record has an unknown format");
		}
		return in;
	}

	/** Reads id, source, stamp, time stamped, hash, fingerprint and problem count; source, hash and fingerprint lazily. */
	private static Head readHead(ByteBuffer in) {
		String id = readString(in);
		int sourceAt = in.position();
		skipString(in);
		int sourceEnd = in.position();
		FileStamp stamp = new FileStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
		long stampedAt = in.getLong();
		int hashAt = in.position();
		skipString(in);
		skipString(in);
		int end = in.position();
		int problems = in.getShort();
		byte[] strings = new byte[sourceEnd - sourceAt + end - hashAt];
		System.arraycopy(in.array(), sourceAt, strings, 0, sourceEnd - sourceAt);
		System.arraycopy(in.array(), hashAt, strings, sourceEnd - sourceAt, end - hashAt);
		return new Head(id, stamp, stampedAt, problems, strings);
	}

	/** The big-endian int at {@code offset} (without a buffer: 100,000 of them are read per open). */
	private static int intAt(byte[] data, int offset) {
		return (data[offset] & 0xff) << 24 | (data[offset + 1] & 0xff) << 16 | (data[offset + 2] & 0xff) << 8
				| data[offset + 3] & 0xff;
	}

	private static void skipString(ByteBuffer in) {
		int length = in.getInt();
		if (length > 0) {
			in.position(in.position() + length);
		}
	}

	/**
	 * Decodes a record written by {@link #encode()}.
	 *
	 * @throws DamagedCacheException if the bytes are not such a record or its checksum does not match
	 */
	public static DocumentRecord decode(byte[] data, int offset, int length) throws DamagedCacheException {
		ByteBuffer in = checked(data, offset, length);
		try {
			Head head = readHead(in);
			String title = readString(in);
			String url = readString(in);
			String publisher = readString(in);
			String published = readString(in);
			String section = readString(in);
			String language = readString(in);
			String path = readString(in);
			String author = readString(in);
			int sourceLine = in.getInt();
			int count = in.getShort();
			Map<String, String> properties = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				properties.put(readString(in), readString(in));
			}
			Metadata metadata = new Metadata(title, url, publisher, published == null ? null : LocalDate.parse(published),
					section, language, path, author, sourceLine, properties);
			List<Problem> problems = new ArrayList<>(head.problems());
			for (int i = 0; i < head.problems(); i++) {
				problems.add(new Problem(in.getInt(), in.getInt(), readString(in)));
			}
			return new DocumentRecord(head.id(), head.source(), head.stamp(), head.stampedAt(), head.hash(),
					head.manifestFingerprint(), metadata, problems);
		} catch (RuntimeException e) {
			throw new DamagedCacheException("a document record cannot be read: " + e, e);
		}
	}

	static int crc(byte[] data, int offset, int length) {
		CRC32C crc = new CRC32C();
		crc.update(data, offset, length);
		return (int) crc.getValue();
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = (value.length() > MAX_STRING ? value.substring(0, MAX_STRING) : value)
				.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String readString(ByteBuffer in) {
		int length = in.getInt();
		if (length < 0) {
			return null;
		}
		String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		return value;
	}
}
