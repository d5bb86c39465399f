package org.factcheck.corpus.store.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.factcheck.corpus.Content;

/**
 * A document's content as bytes: the EMF binary serialisation of its {@link Content} without its
 * text, then the text in UTF-8, the lengths of both and a CRC32C over the document id and all of it,
 * so that damaged or misplaced content is never loaded. The text stands apart so that an indexed
 * sentence can be cut from it without loading the content ({@link #text}).
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

	/** The two lengths and the checksum after the text. */
	private static final int TRAILER = 12;
	/** The text length that stands for no text. */
	private static final int NO_TEXT = -1;

	private ContentCodec() {
	}

	/**
	 * The bytes of {@code content}; the content is left where it was (in no resource, or its own),
	 * with its text.
	 */
	public static byte[] encode(String documentId, Content content) {
		Resource resource = new BinaryResourceImpl(URI.createURI("factcheck-content:/" + URI.encodeSegment(documentId, false)));
		Resource previous = content.eResource();
		String text = content.getText();
		byte[] textBytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(textBytes.length + 4096);
		try {
			content.setText(null);
			resource.getContents().add(content);
			resource.save(out, OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot serialise the content of " + documentId, e);
		} finally {
			resource.getContents().clear();
			content.setText(text);
			if (previous != null) {
				previous.getContents().add(content);
			}
		}
		int modelLength = out.size();
		out.writeBytes(textBytes);
		byte[] framed = Arrays.copyOf(out.toByteArray(), modelLength + textBytes.length + TRAILER);
		int length = framed.length - 4;
		ByteBuffer.wrap(framed, length - 8, 12).putInt(modelLength).putInt(text == null ? NO_TEXT : textBytes.length)
				.putInt(crc(documentId, framed, length));
		return framed;
	}

	/**
	 * Loads content bytes into {@code resource}.
	 *
	 * @throws DamagedCacheException if the bytes fail their checksum or do not hold a content
	 */
	public static Content decode(String documentId, byte[] framed, Resource resource) throws DamagedCacheException {
		int modelLength = checkedModelLength(documentId, framed);
		try {
			resource.load(new ByteArrayInputStream(framed, 0, modelLength), OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new DamagedCacheException("the content of " + documentId + " cannot be read: " + e, e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Content content)) {
			throw new DamagedCacheException("the content of " + documentId + " holds no content");
		}
		content.setText(textOf(framed, modelLength));
		return content;
	}

	/**
	 * The text of the content in the bytes, without loading the rest.
	 *
	 * @throws DamagedCacheException if the bytes fail their checksum
	 */
	public static String text(String documentId, byte[] framed) throws DamagedCacheException {
		return textOf(framed, checkedModelLength(documentId, framed));
	}

	/** The length of the serialised model, after checking the checksum and both lengths. */
	private static int checkedModelLength(String documentId, byte[] framed) throws DamagedCacheException {
		int length = framed.length - 4;
		if (length < TRAILER - 4 || crc(documentId, framed, length) != ByteBuffer.wrap(framed, length, 4).getInt()) {
			throw new DamagedCacheException("the content of " + documentId + " does not match its checksum");
		}
		ByteBuffer lengths = ByteBuffer.wrap(framed, length - 8, 8);
		int modelLength = lengths.getInt();
		int textLength = lengths.getInt();
		if (modelLength < 0 || textLength < NO_TEXT
				|| (long) modelLength + Math.max(textLength, 0) != framed.length - TRAILER) {
			throw new DamagedCacheException("the content of " + documentId + " has inconsistent lengths");
		}
		return modelLength;
	}

	private static String textOf(byte[] framed, int modelLength) {
		int textLength = ByteBuffer.wrap(framed, framed.length - 8, 4).getInt();
		return textLength == NO_TEXT ? null : new String(framed, modelLength, textLength, StandardCharsets.UTF_8);
	}

	private static int crc(String documentId, byte[] data, int length) {
		CRC32C crc = new CRC32C();
		crc.update(documentId.getBytes(StandardCharsets.UTF_8));
		crc.update(data, 0, length);
		return (int) crc.getValue();
	}
}
