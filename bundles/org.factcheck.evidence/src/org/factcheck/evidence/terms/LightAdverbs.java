package org.factcheck.evidence.terms;

import java.util.Locale;
import java.util.Set;

import org.factcheck.text.data.DataFile;

/**
 * Adverbs and particles that frame or connect a statement without adding to what it says (auch,
 * bereits, jedoch, tatsächlich; {@code data/light-adverbs.txt}): a sentence need not repeat them to
 * state a claim. Restricting adverbs (nur, sofort, oft, sehr) are not among them.
 */
public final class LightAdverbs {

	private static final Set<String> WORDS = Set.copyOf(DataFile.lines(LightAdverbs.class, "data/light-adverbs.txt").stream()
			.map(word -> word.toLowerCase(Locale.GERMAN)).toList());

	private LightAdverbs() {
	}

	public static boolean isLight(Term term) {
		return term.kind() == TermKind.ADVERB && WORDS.contains(term.text().toLowerCase(Locale.GERMAN));
	}
}
