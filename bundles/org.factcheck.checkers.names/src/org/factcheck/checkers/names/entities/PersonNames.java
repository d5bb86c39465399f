package org.factcheck.checkers.names.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.checkers.names.gazetteer.Gazetteer;

/**
 * Compares personal names written in different ways: with or without first names (Thiele,
 * Carl-Ludwig Thiele), hyphenated or not (Kim Jong-un, Kim Jong Un), in the genitive (Trumps).
 */
public final class PersonNames {

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "du", "la",
			"le", "bin", "ibn", "al", "el", "zu", "ter", "ten");

	private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s\\-\u2010\u2011]+");
	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");

	private PersonNames() {
	}

	/** The comparison keys of a name's parts: lower case, umlauts folded, particles dropped. */
	public static List<String> keys(String name) {
		List<String> keys = new ArrayList<>();
		for (String part : PART_SEPARATOR.split(name)) {
			String key = fold(NOT_A_LETTER.matcher(part).replaceAll(""));
			if (!key.isEmpty() && !PARTICLES.contains(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * Whether two names can be the same person: every part of the shorter name occurs in the longer
	 * (Thiele / Carl-Ludwig Thiele; Shin Won-sik / Shin Won-Sikin).
	 */
	public static boolean samePerson(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		List<String> shorter = a.size() <= b.size() ? a : b;
		List<String> longer = shorter == a ? b : a;
		for (String part : shorter) {
			if (longer.stream().noneMatch(other -> sameKey(part, other))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether two names certainly name different people: they share no part other than a common
	 * first name (Donald Trump / Donald Tusk), so one cannot be a short form of the other.
	 */
	public static boolean differentPeople(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		for (String part : a) {
			if (isFirstName(part)) {
				continue;
			}
			if (b.stream().anyMatch(other -> sameKey(part, other))) {
				return false;
			}
		}
		for (String part : b) {
			if (!isFirstName(part) && a.stream().anyMatch(other -> sameKey(part, other))) {
				return false;
			}
		}
		return true;
	}

	/** Whether a name part occurs in a list of keys. */
	public static boolean contains(List<String> keys, String part) {
		return keys.stream().anyMatch(key -> sameKey(key, part));
	}

	/** Same name part, allowing a genitive -s and a garbled or extended ending (Won-sik / Won-Sikin). */
	public static boolean sameKey(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (shorter.length() < 3) {
			return false;
		}
		return longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
	}

	/** Whether a name part's key is a common first name. */
	public static boolean isFirstName(String key) {
		return FirstNameKeys.KEYS.contains(key);
	}

	static String fold(String word) {
		return word.toLowerCase(Locale.GERMAN).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
	}

	private static final class FirstNameKeys {
		static final Set<String> KEYS = Gazetteer.german().firstNameKeys(PersonNames::fold);
	}
}
