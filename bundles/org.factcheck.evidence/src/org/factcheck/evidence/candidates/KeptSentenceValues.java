package org.factcheck.evidence.candidates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.function.Supplier;

import org.factcheck.corpus.Content;
import org.factcheck.corpus.store.derived.DerivedData;
import org.factcheck.evidence.terms.AnalysisCodec;
import org.factcheck.evidence.terms.TextAnalyzer;

/**
 * What a checker derives from one corpus sentence's analysis alone (its entities, say), kept with
 * the corpus cache as the sentence analyses are ({@link DerivedData}), so that a later run reads it
 * instead of computing it again. An entry is served only to the same version of the code that made
 * it (the store keeps entries per version and document content), only for the very sentence text it
 * was made from (its length and checksum lead the bytes), and only if it reads back whole; anything
 * else is computed again and kept in its place. Contents not loaded from a store keep nothing.
 */
public final class KeptSentenceValues {

	private static final byte FORMAT = 1;

	/**
	 * How a value is written to and read from bytes, given the sentence text it was computed from;
	 * reading may fail (with any exception) on bytes that are not what was written.
	 */
	public interface Codec<T> {
		void write(T value, String text, DataOutputStream out) throws IOException;

		T read(DataInputStream in, String text) throws IOException;
	}

	private KeptSentenceValues() {
	}

	/**
	 * A version for values computed by the code of {@code code}'s bundle from the evidence library's
	 * analyses: {@code name} (a number raised whenever that code changes its results), the version of
	 * that bundle (a build gives it a new qualifier) and {@link TextAnalyzer#VERSION}.
	 */
	public static String version(String name, Class<?> code) {
		return String.join("/", name, TextAnalyzer.bundleVersion(code), TextAnalyzer.VERSION);
	}

	/**
	 * The value of the sentence with index {@code sentenceIndex} and text {@code sentenceText} of
	 * {@code content}: read from the corpus cache where an earlier run kept it (same kind, version,
	 * content and text), else computed by {@code compute} and kept.
	 *
	 * @param kind lower-case letters, digits and '-'
	 */
	public static <T> T of(Content content, String kind, String version, int sentenceIndex, String sentenceText,
			Codec<T> codec, Supplier<T> compute) {
		DerivedData stored = DerivedData.of(content).orElse(null);
		if (stored == null) {
			return compute.get();
		}
		byte[] bytes = stored.get(kind, version, sentenceIndex);
		T kept = bytes == null ? null : decode(bytes, sentenceText, codec);
		if (kept != null) {
			return kept;
		}
		T value = compute.get();
		byte[] encoded = encode(value, sentenceText, codec);
		if (encoded != null) {
			stored.put(kind, version, sentenceIndex, encoded);
		}
		return value;
	}

	/** The bytes of {@code value} computed from {@code text}, or null if it cannot be written. */
	public static <T> byte[] encode(T value, String text, Codec<T> codec) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			AnalysisCodec.writeNumber(out, text.length());
			out.writeInt(AnalysisCodec.checksum(text));
			codec.write(value, text, out);
		} catch (IOException e) {
			return null;
		}
		return bytes.toByteArray();
	}

	/**
	 * The value these bytes hold, or null if they were made from another text, in another format, or
	 * do not read back whole (cut short, too long, or not what the codec wrote).
	 */
	public static <T> T decode(byte[] bytes, String text, Codec<T> codec) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readByte() != FORMAT || AnalysisCodec.readNumber(in) != text.length()
					|| in.readInt() != AnalysisCodec.checksum(text)) {
				return null;
			}
			T value = codec.read(in, text);
			return in.available() == 0 ? value : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
