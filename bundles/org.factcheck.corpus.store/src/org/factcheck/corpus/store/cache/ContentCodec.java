package org.factcheck.corpus.store.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.factcheck.corpus.Content;

/**
 * A document's content as bytes: the EMF binary serialisation of its {@link Content} followed by a
 * CRC32C over the document id and those bytes, so that damaged or misplaced content is never
 * loaded.
 */
public final class ContentCodec {

	static final Map<Object, Object> OPTIONS = new HashMap<>();

	static {
		OPTIONS.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		OPTIONS.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
		OPTIONS.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
		// Without an internal buffer EMF reads and writes the stream byte by byte (half of the time
		// to load a 50 MB document's content went into those calls). The bytes are the same.
		OPTIONS.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 64 * 1024);
	}

	private ContentCodec() {
	}

	/** The bytes of {@code content}; the content is left where it was (in no resource, or its own). */
	public static byte[] encode(String documentId, Content content) {
		Resource resource = new BinaryResourceImpl(URI.createURI("factcheck-content:/" + URI.encodeSegment(documentId, false)));
		Resource previous = content.eResource();
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		try {
			resource.getContents().add(content);
			resource.save(out, OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot serialise the content of " + documentId, e);
		} finally {
			resource.getContents().clear();
			if (previous != null) {
				previous.getContents().add(content);
			}
		}
		byte[] data = out.toByteArray();
		byte[] framed = new byte[data.length + 4];
		System.arraycopy(data, 0, framed, 0, data.length);
		ByteBuffer.wrap(framed, data.length, 4).putInt(crc(documentId, data, data.length));
		return framed;
	}

	/**
	 * Loads content bytes into {@code resource}.
	 *
	 * @throws DamagedCacheException if the bytes fail their checksum or do not hold a content
	 */
	public static Content decode(String documentId, byte[] framed, Resource resource) throws DamagedCacheException {
		int length = framed.length - 4;
		if (length < 0 || crc(documentId, framed, length) != ByteBuffer.wrap(framed, length, 4).getInt()) {
			throw new DamagedCacheException("the content of " + documentId + " does not match its checksum");
		}
		try {
			resource.load(new ByteArrayInputStream(framed, 0, length), OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new DamagedCacheException("the content of " + documentId + " cannot be read: " + e, e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Content content)) {
			throw new DamagedCacheException("the content of " + documentId + " holds no content");
		}
		return content;
	}

	private static int crc(String documentId, byte[] data, int length) {
		CRC32C crc = new CRC32C();
		crc.update(documentId.getBytes(StandardCharsets.UTF_8));
		crc.update(data, 0, length);
		return (int) crc.getValue();
	}
}
