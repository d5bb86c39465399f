package org.factcheck.corpus.store.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.factcheck.corpus.FurnitureKind;
import org.factcheck.corpus.formats.FurnitureNames;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.normalize.TextNormalizer;

/** The cue phrases of page furniture from {@code data/furniture-cues.txt}. */
final class FurnitureCues {

	/** How much a cue phrase says on its own. */
	enum Strength {
		STRONG, LINE, WEAK
	}

	/** A cue phrase; matches on whole words of folded, normalised text. */
	record Cue(FurnitureKind kind, Strength strength, boolean anchored, String phrase) {

		boolean strong() {
			return strength == Strength.STRONG;
		}


		/** Whether the cue occurs in {@code folded} (normalised, lower case). */
		boolean matches(String folded) {
			String text = anchored ? stripLeadingPunctuation(folded) : folded;
			int from = 0;
			while (true) {
				int at = text.indexOf(phrase, from);
				if (at < 0 || anchored && at > 0) {
					return false;
				}
				if (boundary(text, at - 1) && boundary(text, at + phrase.length())
						|| !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) && boundary(text, at - 1)) {
					return true;
				}
				from = at + 1;
			}
		}

		private static boolean boundary(String text, int i) {
			return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
		}

		private static String stripLeadingPunctuation(String text) {
			int i = 0;
			while (i < text.length() && "([|\"'-* ".indexOf(text.charAt(i)) >= 0) {
				i++;
			}
			return text.substring(i);
		}
	}

	/** What may follow a line cue: white space and list or menu punctuation. */
	private static final String TRAILING = ".:!|>»›-";

	private final List<Cue> cues = new ArrayList<>();
	/** Line cues by phrase; the first of a phrase wins. */
	private final Map<String, Cue> lineCues = new HashMap<>();
	/** Strong and weak cues (their index in {@link #cues}) by the first word of their phrase. */
	private final Map<String, BitSet> byFirstWord = new HashMap<>();
	/** Strong and weak cues whose phrase does not start with a word. */
	private final BitSet alwaysTried = new BitSet();

	private FurnitureCues() {
		for (String[] row : DataFile.table(FurnitureCues.class, "data/furniture-cues.txt", 3)) {
			FurnitureKind kind = kind(row[0]);
			boolean anchored = row[2].startsWith("^");
			String phrase = anchored ? row[2].substring(1) : row[2];
			Strength strength = Strength.valueOf(row[1].toUpperCase(Locale.ROOT));
			Cue cue = new Cue(kind, strength, anchored, TextNormalizer.normalize(phrase).foldCase().text());
			cues.add(cue);
			if (strength == Strength.LINE) {
				lineCues.putIfAbsent(cue.phrase(), cue);
			} else {
				int wordEnd = 0;
				while (wordEnd < cue.phrase().length() && Character.isLetterOrDigit(cue.phrase().charAt(wordEnd))) {
					wordEnd++;
				}
				if (wordEnd == 0) {
					alwaysTried.set(cues.size() - 1);
				} else {
					byFirstWord.computeIfAbsent(cue.phrase().substring(0, wordEnd), word -> new BitSet()).set(cues.size() - 1);
				}
			}
		}
	}

	private static final class Holder {
		static final FurnitureCues INSTANCE = new FurnitureCues();
	}

	static FurnitureCues load() {
		return Holder.INSTANCE;
	}

	/** The kind of a line that is nothing but a line cue (Menü, Kontakt, Kommentare (3)), or null. */
	FurnitureKind lineKind(String folded) {
		Cue cue = lineCues.get(withoutTrailingCount(folded));
		return cue == null ? null : cue.kind();
	}

	/**
	 * The strongest, longest strong or weak cue found in {@code folded}, or null (the first in the
	 * file among equals). Only cues whose first word occurs in the text are tried.
	 */
	Cue find(String folded) {
		BitSet candidates = new BitSet(cues.size());
		candidates.or(alwaysTried);
		int n = folded.length();
		int i = 0;
		while (i < n) {
			if (!letterOrDigit(folded.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && letterOrDigit(folded.charAt(i))) {
				i++;
			}
			BitSet starting = byFirstWord.get(folded.substring(start, i));
			if (starting != null) {
				candidates.or(starting);
			}
		}
		Cue best = null;
		for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
			Cue cue = cues.get(k);
			if (cue.matches(folded) && (best == null || cue.strong() && !best.strong()
					|| cue.strong() == best.strong() && cue.phrase().length() > best.phrase().length())) {
				best = cue;
			}
		}
		return best;
	}

	/** {@link Character#isLetterOrDigit(char)}, with ASCII decided without its tables. */
	static boolean letterOrDigit(char c) {
		return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
				: Character.isLetterOrDigit(c);
	}

	/** The line without a trailing count or punctuation: "kommentare (3)" is "kommentare". */
	private static String withoutTrailingCount(String folded) {
		int end = folded.length();
		while (end > 0 && isTrailing(folded.charAt(end - 1))) {
			end--;
		}
		if (end > 0 && folded.charAt(end - 1) == ')') {
			int open = folded.lastIndexOf('(', end - 1);
			if (open >= 0 && open < end - 2 && folded.substring(open + 1, end - 1).chars().allMatch(Character::isDigit)) {
				end = open;
				while (end > 0 && isTrailing(folded.charAt(end - 1))) {
					end--;
				}
			}
		}
		return folded.substring(0, end).strip();
	}

	private static boolean isTrailing(char c) {
		return Character.isWhitespace(c) || TRAILING.indexOf(c) >= 0;
	}

	private static FurnitureKind kind(String name) {
		return FurnitureNames.kind(name, "data/furniture-cues.txt");
	}
}
