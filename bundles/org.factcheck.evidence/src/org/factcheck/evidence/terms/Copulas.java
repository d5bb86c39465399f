package org.factcheck.evidence.terms;

import java.util.Locale;
import java.util.Set;

/**
 * Finite forms of the verbs that link a subject to its predicate: sein and bleiben, whose predicate
 * says what the subject is (Die Gasse war laut), and werden, whose predicate says what it becomes.
 */
public final class Copulas {

	private static final Set<String> BEING = Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin",
			"bist", "seid", "bleibt", "bleiben", "blieb", "blieben");

	private static final Set<String> NON_FINITE_BEING = Set.of("sein", "gewesen", "bleiben", "geblieben");

	private static final Set<String> BECOMING = Set.of("wird", "werden", "wurde", "wurden");

	private Copulas() {
	}

	/** Whether the word is a finite form of sein or bleiben. */
	public static boolean ofBeing(String word) {
		return BEING.contains(word.toLowerCase(Locale.GERMAN));
	}

	/**
	 * Whether the word is the infinitive or participle of sein or bleiben (wird ein Held sein, soll
	 * die Ursache gewesen sein); the caller tells the verb from the possessive sein by its tag.
	 */
	public static boolean nonFiniteOfBeing(String word) {
		return NON_FINITE_BEING.contains(word.toLowerCase(Locale.GERMAN));
	}

	/** Whether the word is a finite form of sein, bleiben or werden. */
	public static boolean any(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		return BEING.contains(lower) || BECOMING.contains(lower);
	}
}
