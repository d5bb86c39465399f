package org.factcheck.text.segment;

import java.util.HashMap;
import java.util.Map;

import org.factcheck.text.Whitespace;
import org.factcheck.text.data.DataFile;

/**
 * German abbreviations with a final period ({@code data/abbreviations.txt}); multi-part ones like
 * {@code z. B.} match with or without the inner spaces.
 */
public final class Abbreviations {

	/** Whether an abbreviation can end a sentence. */
	public enum Kind {
		/** Never ends a sentence (z. B., Dr., Nr.). */
		INNER,
		/** May end a sentence (usw., Mio.). */
		FINAL
	}

	private static final int MAX_PARTS = 4;

	private final Map<String, Kind> byCompactForm = new HashMap<>();

	private Abbreviations() {
		for (String[] row : DataFile.table(Abbreviations.class, "data/abbreviations.txt", 2)) {
			byCompactForm.put(compact(row[0]), "final".equals(row[1]) ? Kind.FINAL : Kind.INNER);
		}
	}

	private static final class Holder {
		static final Abbreviations GERMAN = new Abbreviations();
	}

	public static Abbreviations german() {
		return Holder.GERMAN;
	}

	/** The kind of {@code word} (with its period, inner spaces optional), or null if it is none. */
	public Kind kindOf(String word) {
		return byCompactForm.get(compact(word));
	}

	/**
	 * The kind of the longest abbreviation that ends exactly at {@code end} (just after its period)
	 * and starts at or after {@code from}, or null.
	 */
	public Kind kindEndingAt(CharSequence text, int from, int end) {
		Kind found = null;
		StringBuilder compact = new StringBuilder();
		int partEnd = end;
		for (int part = 0; part < MAX_PARTS && partEnd > from; part++) {
			int partStart = partEnd;
			while (partStart > from && !Whitespace.isWhitespace(text.charAt(partStart - 1))
					&& "([{„\"«»‚‘“".indexOf(text.charAt(partStart - 1)) < 0) {
				partStart--;
			}
			if (partStart == partEnd) {
				break;
			}
			compact.insert(0, text, partStart, partEnd);
			Kind kind = byCompactForm.get(compact.toString());
			if (kind != null) {
				found = kind;
			}
			if (partStart == from || !Whitespace.isWhitespace(text.charAt(partStart - 1))) {
				break;
			}
			partEnd = Whitespace.skipBackward(text, from, partStart);
		}
		return found;
	}

	private static String compact(String word) {
		StringBuilder b = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			if (!Whitespace.isWhitespace(word.charAt(i))) {
				b.append(word.charAt(i));
			}
		}
		return b.toString();
	}
}
