package org.factcheck.evidence.terms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

import org.factcheck.text.dates.DateExpression;
import org.factcheck.text.numbers.Qualifier;
import org.factcheck.text.numbers.Quantity;
import org.factcheck.text.tokens.Token;

/**
 * An {@link AnalyzedText} of a sentence as bytes, to keep it with the corpus cache: everything the
 * analyser found, without the text itself. Decoding needs the text and refuses bytes made from
 * another text (its length and checksum are in the bytes) or in another format, so an entry is
 * served only for the very sentence it was computed from.
 */
public final class AnalysisCodec {

	private static final byte FORMAT = 2;
	private static final TermKind[] KINDS = TermKind.values();
	private static final Qualifier[] QUALIFIERS = Qualifier.values();
	/** Part-of-speech tags, a few dozen, shared by every decoded analysis. */
	private static final Map<String, String> TAGS = new ConcurrentHashMap<>();
	private static final int MAX_TAGS = 500;

	private AnalysisCodec() {
	}

	/** The bytes of {@code analysis}, or null if it cannot be written (a word of more than 64 KB). */
	public static byte[] encode(AnalyzedText analysis) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * analysis.tokens().size() + 64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(FORMAT);
			writeNumber(out, analysis.text().length());
			out.writeInt(checksum(analysis.text()));
			writeNumber(out, analysis.tokens().size());
			int previousEnd = 0;
			for (int i = 0; i < analysis.tokens().size(); i++) {
				Token token = analysis.tokens().get(i);
				writeNumber(out, token.start() - previousEnd);
				writeNumber(out, token.end() - token.start());
				previousEnd = token.end();
				out.writeUTF(analysis.tags().get(i));
				String lemma = analysis.lemmas().get(i);
				boolean lowerCaseToken = lemma.equals(token.text().toLowerCase(Locale.GERMAN));
				out.writeBoolean(lowerCaseToken);
				if (!lowerCaseToken) {
					out.writeUTF(lemma);
				}
			}
			writeNumber(out, analysis.terms().size());
			for (Term term : analysis.terms()) {
				writeNumber(out, term.index());
				out.writeByte(term.kind().ordinal());
				out.writeUTF(term.key());
				writeNumber(out, term.parts().size());
				for (String part : term.parts()) {
					out.writeUTF(part);
				}
			}
			writeNumber(out, analysis.quantities().size());
			for (Quantity quantity : analysis.quantities()) {
				writeNumber(out, quantity.start());
				writeNumber(out, quantity.end());
				out.writeDouble(quantity.value());
				out.writeDouble(quantity.upperValue());
				out.writeByte(quantity.qualifier() == null ? -1 : quantity.qualifier().ordinal());
				writeNullable(out, quantity.unit());
				out.writeBoolean(quantity.ordinal());
			}
			writeNumber(out, analysis.dates().size());
			for (DateExpression date : analysis.dates()) {
				writeDate(out, date);
			}
		} catch (IOException e) {
			return null;
		}
		return bytes.toByteArray();
	}

	/**
	 * The analysis of {@code text} these bytes hold, or null if they were made from another text,
	 * in another format, or are not whole.
	 */
	public static AnalyzedText decode(byte[] bytes, String text) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readByte() != FORMAT || readNumber(in) != text.length() || in.readInt() != checksum(text)) {
				return null;
			}
			int count = readNumber(in);
			if (count < 0 || count > text.length()) {
				return null;
			}
			List<Token> tokens = new ArrayList<>(count);
			List<String> tags = new ArrayList<>(count);
			List<String> lemmas = new ArrayList<>(count);
			int previousEnd = 0;
			for (int i = 0; i < count; i++) {
				int start = previousEnd + readNumber(in);
				int end = start + readNumber(in);
				String token = text.substring(start, end);
				tokens.add(new Token(start, end, token));
				previousEnd = end;
				tags.add(shared(in.readUTF()));
				lemmas.add(in.readBoolean() ? token.toLowerCase(Locale.GERMAN) : in.readUTF());
			}
			int termCount = readNumber(in);
			if (termCount < 0 || termCount > count) {
				return null;
			}
			List<Term> terms = new ArrayList<>(termCount);
			for (int i = 0; i < termCount; i++) {
				int index = readNumber(in);
				Token token = tokens.get(index);
				TermKind kind = KINDS[in.readByte()];
				String key = in.readUTF();
				int partCount = readNumber(in);
				if (partCount < 0 || partCount > token.text().length() + 1) {
					return null;
				}
				List<String> parts = new ArrayList<>(partCount);
				for (int p = 0; p < partCount; p++) {
					parts.add(in.readUTF());
				}
				terms.add(new Term(token.text(), token.start(), token.end(), index, kind, key, parts));
			}
			int quantityCount = readNumber(in);
			if (quantityCount < 0 || quantityCount > text.length()) {
				return null;
			}
			List<Quantity> quantities = new ArrayList<>(quantityCount);
			for (int i = 0; i < quantityCount; i++) {
				int start = readNumber(in);
				int end = readNumber(in);
				double value = in.readDouble();
				double upper = in.readDouble();
				byte qualifier = in.readByte();
				quantities.add(new Quantity(start, end, value, upper, qualifier < 0 ? null : QUALIFIERS[qualifier],
						readNullable(in), in.readBoolean()));
			}
			int dateCount = readNumber(in);
			if (dateCount < 0 || dateCount > text.length()) {
				return null;
			}
			List<DateExpression> dates = new ArrayList<>(dateCount);
			for (int i = 0; i < dateCount; i++) {
				dates.add(readDate(in));
			}
			return in.available() == 0 ? new AnalyzedText(text, tokens, tags, lemmas, terms, quantities, dates) : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String shared(String tag) {
		String known = TAGS.get(tag);
		if (known != null) {
			return known;
		}
		if (TAGS.size() < MAX_TAGS) {
			TAGS.putIfAbsent(tag, tag);
		}
		return tag;
	}

	private static void writeDate(DataOutputStream out, DateExpression date) throws IOException {
		writeNumber(out, date.start());
		writeNumber(out, date.end());
		writeNumber(out, date.year());
		writeNumber(out, date.month());
		writeNumber(out, date.day());
		writeNumber(out, date.weekday());
		out.writeBoolean(date.rangeEnd() != null);
		if (date.rangeEnd() != null) {
			writeDate(out, date.rangeEnd());
		}
	}

	private static DateExpression readDate(DataInputStream in) throws IOException {
		int start = readNumber(in);
		int end = readNumber(in);
		int year = readNumber(in);
		int month = readNumber(in);
		int day = readNumber(in);
		int weekday = readNumber(in);
		DateExpression rangeEnd = in.readBoolean() ? readDate(in) : null;
		return new DateExpression(start, end, year, month, day, weekday, rangeEnd);
	}

	/** An int in as few bytes as its size needs (zig-zag, seven bits a byte). */
	public static void writeNumber(DataOutputStream out, int value) throws IOException {
		int bits = (value << 1) ^ (value >> 31);
		while ((bits & ~0x7F) != 0) {
			out.writeByte((bits & 0x7F) | 0x80);
			bits >>>= 7;
		}
		out.writeByte(bits);
	}

	/** An int written by {@link #writeNumber}. */
	public static int readNumber(DataInputStream in) throws IOException {
		int bits = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int b = in.readUnsignedByte();
			bits |= (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return (bits >>> 1) ^ -(bits & 1);
			}
		}
		throw new IOException("not a number");
	}

	/** A string that may be null, as {@link #readNullable} reads it. */
	public static void writeNullable(DataOutputStream out, String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			out.writeUTF(value);
		}
	}

	/** A string that may be null, as {@link #writeNullable} wrote it. */
	public static String readNullable(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

	/** What the bytes of a text's analysis are checked against: a checksum of the text. */
	public static int checksum(String text) {
		CRC32C crc = new CRC32C();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue() ^ text.hashCode();
	}
}
