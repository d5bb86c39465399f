package org.factcheck.corpus.store.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

		/** Whether {@code folded} is nothing but the phrase, maybe with a count: "kommentare (3)". */
		boolean isWholeLine(String folded) {
			String line = TRAILING_COUNT.matcher(folded).replaceAll("").strip();
			return line.equals(phrase);
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

	private static final Pattern TRAILING_COUNT = Pattern.compile("[\\s.:!|>»›-]*(?:\\(\\d+\\))?[\\s.:!|>»›-]*$");

	private final List<Cue> cues = new ArrayList<>();

	private FurnitureCues() {
		for (String[] row : DataFile.table(FurnitureCues.class, "data/furniture-cues.txt", 3)) {
			FurnitureKind kind = kind(row[0]);
			boolean anchored = row[2].startsWith("^");
			String phrase = anchored ? row[2].substring(1) : row[2];
			Strength strength = Strength.valueOf(row[1].toUpperCase(Locale.ROOT));
			cues.add(new Cue(kind, strength, anchored, TextNormalizer.normalize(phrase).foldCase().text()));
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
		for (Cue cue : cues) {
			if (cue.strength() == Strength.LINE && cue.isWholeLine(folded)) {
				return cue.kind();
			}
		}
		return null;
	}

	/** The strongest, longest strong or weak cue found in {@code folded}, or null. */
	Cue find(String folded) {
		Cue best = null;
		for (Cue cue : cues) {
			if (cue.strength() != Strength.LINE && cue.matches(folded) && (best == null || cue.strong() && !best.strong()
					|| cue.strong() == best.strong() && cue.phrase().length() > best.phrase().length())) {
				best = cue;
			}
		}
		return best;
	}

	private static FurnitureKind kind(String name) {
		return FurnitureNames.kind(name, "data/furniture-cues.txt");
	}
}
