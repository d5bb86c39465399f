package org.factcheck.checkers.polarity.clauses;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.checkers.polarity.lexicon.Word;

/**
 * A relative clause on a definite noun phrase or a name: what it says is presupposed, so a negation
 * of the clauses it belongs to does not bear on it (Sie fanden keinen Hinweis, dass er in dem Hotel
 * wohnte, in dem die Polizei ihn festnahm: the arrest is still stated). A relative clause on an
 * indefinite noun phrase (keinen Zeugen, der …) is not: the negation denies there is such a thing.
 */
public final class PresupposedRelative {

	private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "dessen", "deren",
			"denen", "welcher", "welche", "welches", "welchem", "welchen");

	/** Definite articles, demonstratives, possessives and prepositions fused with an article. */
	private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des", "dieser", "diese",
			"dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen", "im", "am", "vom", "zum", "zur", "beim",
			"ins", "ans", "aufs");

	private static final Set<String> POSSESSIVE_STEMS = Set.of("mein", "dein", "sein", "ihr", "unser", "euer", "eur");

	/** How many words before the antecedent noun its determiner may stand (adjectives between). */
	private static final int DETERMINER_REACH = 3;

	private PresupposedRelative() {
	}

	/** Whether the clause is a relative clause on a definite noun phrase or a name. */
	public static boolean is(Clause clause, List<Word> words) {
		if (clause.kind() != ClauseKind.RELATIVE || clause.opener() < 0
				|| !RELATIVE_PRONOUNS.contains(lower(words.get(clause.opener())))) {
			return false;
		}
		int antecedent = antecedent(clause.first() - 1, words);
		if (antecedent < 0) {
			return false;
		}
		if (words.get(antecedent).tag().equals("PROPN")) {
			return true;
		}
		for (int i = antecedent - 1; i >= 0 && i >= antecedent - DETERMINER_REACH; i--) {
			String tag = words.get(i).tag();
			String word = lower(words.get(i));
			if (DEFINITE.contains(word) || tag.startsWith("DET") && isPossessive(word)) {
				return true;
			}
			if (!tag.equals("ADJ") && !tag.equals("ADV") && !tag.equals("NUM")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The noun the clause follows: the last word before it, punctuation and a clause-final verb (which
	 * may stand between a noun and its relative clause) skipped.
	 */
	private static int antecedent(int before, List<Word> words) {
		int i = before;
		while (i >= 0 && words.get(i).tag().equals("PUNCT")) {
			i--;
		}
		if (i >= 0 && (words.get(i).tag().equals("VERB") || words.get(i).tag().equals("AUX"))) {
			i--;
		}
		return i >= 0 && (words.get(i).tag().equals("NOUN") || words.get(i).tag().equals("PROPN")) ? i : -1;
	}

	private static boolean isPossessive(String word) {
		return POSSESSIVE_STEMS.stream().anyMatch(word::startsWith);
	}

	private static String lower(Word word) {
		return word.text().toLowerCase(Locale.GERMAN);
	}
}
