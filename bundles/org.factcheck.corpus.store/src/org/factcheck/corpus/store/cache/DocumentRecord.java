package org.factcheck.corpus.store.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

import org.factcheck.corpus.CorpusFactory;
import org.factcheck.corpus.Document;
import org.factcheck.corpus.store.importer.ManifestEntry;

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
 * @param manifestPlace       where the manifest entry was when the record was written
 */
public record DocumentRecord(String id, String source, FileStamp stamp, long stampedAt, String hash,
		String manifestFingerprint, Metadata metadata, List<Problem> problems, ManifestPlace manifestPlace) {

	private static final byte FORMAT = 5;

	/**
	 * Where a document's manifest entry was found: its line and where that line starts in the
	 * manifest's bytes, so that an update can read the entry again without the rest of the manifest
	 * while the manifest is unchanged. {@link #NONE} when there was no entry or its place is not known.
	 */
	public record ManifestPlace(long offset, int line) {

		public static final ManifestPlace NONE = new ManifestPlace(-1, 0);

		/** The place of {@code entry}, or {@link #NONE} for no entry. */
		public static ManifestPlace of(ManifestEntry entry) {
			return entry == null ? NONE : new ManifestPlace(entry.offset(), entry.line());
		}
	}
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
		manifestPlace = manifestPlace == null ? ManifestPlace.NONE : manifestPlace;
	}

	/** A record without a known place of its manifest entry. */
	public DocumentRecord(String id, String source, FileStamp stamp, long stampedAt, String hash,
			String manifestFingerprint, Metadata metadata, List<Problem> problems) {
		this(id, source, stamp, stampedAt, hash, manifestFingerprint, metadata, problems, ManifestPlace.NONE);
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
		return new DocumentRecord(id, source, newStamp, newStampedAt, hash, manifestFingerprint, metadata, problems,
				manifestPlace);
	}

	/** The record with its manifest entry found at another place (the manifest changed around it). */
	public DocumentRecord placed(ManifestPlace place) {
		return new DocumentRecord(id, source, stamp, stampedAt, hash, manifestFingerprint, metadata, problems, place);
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
			out.writeLong(manifestPlace.offset());
			out.writeInt(manifestPlace.line());
			out.flush();
			out.writeInt(crc(bytes.toByteArray(), 0, bytes.size()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * What an update compares for every document: id, source, stamp, when it was taken and how
	 * many problems the record has, decoded from the record's bytes (checksum checked). A cache of
	 * 100,000 documents keeps 100,000 heads for as long as it is open, so a head is one small
	 * object: the stamp is kept as numbers, a source that is the id and a short suffix (the file's
	 * extension) keeps only the suffix, shared between heads, and hash and manifest fingerprint are
	 * read from the full record ({@link DocumentRecord#decode}) by the few updates that need them.
	 */
	public static final class Head {

		/** Suffixes shared between heads ({@code .txt}): at most this many are kept. */
		private static final int SHARED_SUFFIXES = 64;
		private static final Map<String, String> SUFFIXES = new ConcurrentHashMap<>();

		private final String id;
		/** The source after the id when {@link #suffixOnly}, else the whole source. */
		private final String source;
		private final boolean suffixOnly;
		/** Whether the source is {@code FILE/ID}: found once, as an update asks for every record twice. */
		private final boolean part;
		private final long size;
		private final long modified;
		private final long changed;
		private final long inode;
		private final long stampedAt;
		private final int problems;

		private Head(String id, String source, boolean suffixOnly, boolean part, long size, long modified, long changed,
				long inode, long stampedAt, int problems) {
			this.id = id;
			this.source = source;
			this.suffixOnly = suffixOnly;
			this.part = part;
			this.size = size;
			this.modified = modified;
			this.changed = changed;
			this.inode = inode;
			this.stampedAt = stampedAt;
			this.problems = problems;
		}

		public String id() {
			return id;
		}

		/** The file name in the corpus folder, {@code FILE/ID} for a document of a file of several. */
		public String source() {
			return suffixOnly ? id + source : source;
		}

		/** Whether {@link #source()} is {@code name}, compared without building the source. */
		public boolean sourceIs(String name) {
			if (!suffixOnly) {
				return name.equals(source);
			}
			return name.length() == id.length() + source.length() && name.startsWith(id) && name.endsWith(source);
		}

		/** Whether the document is one of a file of several documents (its source is {@code FILE/ID}). */
		public boolean isPart() {
			return part;
		}

		public FileStamp stamp() {
			return new FileStamp(size, modified, changed, inode);
		}

		public long stampedAt() {
			return stampedAt;
		}

		/**
		 * Whether a file with stamp {@code now} is the file this record was made from, unchanged: the
		 * same stamp ({@link FileStamp#sameAs}), taken when no edit could have kept it
		 * ({@link FileStamp#isRacy}).
		 */
		public boolean vouchesFor(FileStamp now) {
			return now.changed() >= 0 && now.inode() >= 0 && now.size() == size && now.modified() == modified
					&& now.changed() == changed && now.inode() == inode
					&& Math.max(modified, changed) < stampedAt - FileStamp.RACY_NANOS;
		}

		/** How many problems the full record has. */
		public int problems() {
			return problems;
		}

		/** The head of a record of {@code id} from {@code source}, as {@link DocumentRecord#decodeHead} makes it. */
		static Head of(String id, String source, FileStamp stamp, long stampedAt, int problems) {
			boolean part = source != null && source.indexOf('/', 1) > 0;
			boolean suffixOnly = id != null && source != null && !part && source.length() > id.length()
					&& source.startsWith(id);
			return new Head(id, suffixOnly ? shared(source.substring(id.length())) : source, suffixOnly, part, stamp.size(),
					stamp.modified(), stamp.changed(), stamp.inode(), stampedAt, problems);
		}

		/** A suffix shared with other heads (there are few: the extensions of the corpus's files). */
		private static String shared(String suffix) {
			String known = SUFFIXES.get(suffix);
			if (known != null) {
				return known;
			}
			if (SUFFIXES.size() < SHARED_SUFFIXES) {
				known = SUFFIXES.putIfAbsent(suffix, suffix);
			}
			return known == null ? suffix : known;
		}

		@Override
		public String toString() {
			return "Head[" + id + ", " + source() + ", " + stamp() + ", " + stampedAt + "]";
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

	/** Reads id, source, stamp, time stamped and problem count, skipping hash and fingerprint. */
	private static Head readHead(ByteBuffer in) {
		byte[] array = in.array();
		int idLength = in.getInt();
		int idAt = in.arrayOffset() + in.position();
		String id = idLength < 0 ? null : new String(array, idAt, idLength, StandardCharsets.UTF_8);
		in.position(in.position() + Math.max(0, idLength));
		int sourceLength = in.getInt();
		int sourceAt = in.arrayOffset() + in.position();
		in.position(in.position() + Math.max(0, sourceLength));
		long size = in.getLong();
		long modified = in.getLong();
		long changed = in.getLong();
		long inode = in.getLong();
		long stampedAt = in.getLong();
		skipString(in);
		skipString(in);
		int problems = in.getShort();
		boolean part = sourceLength > 0 && hasSlash(array, sourceAt, sourceLength);
		boolean suffixOnly = id != null && !part && sourceLength > idLength
				&& Arrays.equals(array, sourceAt, sourceAt + idLength, array, idAt, idAt + idLength);
		String source;
		if (sourceLength < 0) {
			source = null;
		} else if (suffixOnly) {
			source = Head.shared(new String(array, sourceAt + idLength, sourceLength - idLength, StandardCharsets.UTF_8));
		} else {
			source = new String(array, sourceAt, sourceLength, StandardCharsets.UTF_8);
		}
		return new Head(id, source, suffixOnly, part, size, modified, changed, inode, stampedAt, problems);
	}

	/** Whether the source bytes have a slash after their first byte ({@code FILE/ID}). */
	private static boolean hasSlash(byte[] data, int at, int length) {
		for (int i = 1; i < length; i++) {
			if (data[at + i] == '/') {
				return true;
			}
		}
		return false;
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
			String id = readString(in);
			String source = readString(in);
			FileStamp stamp = new FileStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
			long stampedAt = in.getLong();
			String hash = readString(in);
			String fingerprint = readString(in);
			int problemCount = in.getShort();
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
			List<Problem> problems = new ArrayList<>(problemCount);
			for (int i = 0; i < problemCount; i++) {
				problems.add(new Problem(in.getInt(), in.getInt(), readString(in)));
			}
			ManifestPlace place = new ManifestPlace(in.getLong(), in.getInt());
			return new DocumentRecord(id, source, stamp, stampedAt, hash, fingerprint, metadata, problems, place);
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
