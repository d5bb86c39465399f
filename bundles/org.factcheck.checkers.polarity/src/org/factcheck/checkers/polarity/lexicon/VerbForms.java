package org.factcheck.checkers.polarity.lexicon;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.text.data.DataFile;

/**
 * The infinitives an inflected German verb form may belong to, from its endings, its prefixes and a
 * table of strong verbs: {@code stieg} → steigen, {@code abgelehnt} → ablehnen,
 * {@code entsprächen} → entsprechen, {@code auszuschließen} → ausschließen. Complements the
 * statistical lemmatizer, which misses many prefixed forms. Over-generates (a form may yield
 * infinitives that do not exist); callers compare the results with known words only. Thread-safe.
 */
public final class VerbForms {

	private static final List<String> ENDINGS = List.of("", "e", "en", "n", "st", "est", "t", "et", "te", "ten", "test",
			"tet", "ter", "tes", "tem", "er", "es", "em", "end", "ende", "enden", "ender", "endes", "endem");
	private static final int MIN_STEM = 2;
	private static final int MAX_PREFIXES = 2;

	private static final class Holder {
		static final VerbForms GERMAN = new VerbForms();
	}

	private final Map<String, String> strongStems = new HashMap<>();
	private final Map<String, Boolean> prefixes = new HashMap<>();

	private VerbForms() {
		for (String[] row : DataFile.table(VerbForms.class, "data/strong-verbs.txt", 2)) {
			for (String stem : row[1].split(",")) {
				strongStems.put(stem.strip().toLowerCase(Locale.GERMAN), row[0].toLowerCase(Locale.GERMAN));
			}
		}
		for (String[] row : DataFile.table(VerbForms.class, "data/verb-prefixes.txt", 2)) {
			prefixes.put(row[0].toLowerCase(Locale.GERMAN), row[1].equals("separable"));
		}
	}

	public static VerbForms german() {
		return Holder.GERMAN;
	}

	/** Whether the word is a separable verb prefix that can stand alone at the end of a clause (ab, zu, zurück). */
	public boolean isSeparablePrefix(String word) {
		return Boolean.TRUE.equals(prefixes.get(word.toLowerCase(Locale.GERMAN)));
	}

	/** Whether the word is a zu-infinitive of a separable verb (auszuschließen, abzulehnen). */
	public boolean hasZuInfix(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		for (Map.Entry<String, Boolean> prefix : prefixes.entrySet()) {
			String p = prefix.getKey() + "zu";
			if (prefix.getValue() && lower.startsWith(p) && lower.length() - p.length() > MIN_STEM + 1) {
				return true;
			}
		}
		return false;
	}

	/** The possible infinitives of a verb form, in lower case. */
	public Set<String> infinitives(String form) {
		Set<String> result = new LinkedHashSet<>();
		collect(form.toLowerCase(Locale.GERMAN), MAX_PREFIXES, result);
		return result;
	}

	private void collect(String word, int prefixesLeft, Set<String> out) {
		unprefixed(word, out);
		if (prefixesLeft == 0) {
			return;
		}
		for (Map.Entry<String, Boolean> prefix : prefixes.entrySet()) {
			String p = prefix.getKey();
			if (!word.startsWith(p) || word.length() - p.length() < MIN_STEM + 1) {
				continue;
			}
			String rest = word.substring(p.length());
			Set<String> found = new LinkedHashSet<>();
			collect(rest, prefixesLeft - 1, found);
			if (prefix.getValue()) {
				for (String infix : List.of("ge", "zu")) {
					if (rest.startsWith(infix) && rest.length() - infix.length() > MIN_STEM) {
						collect(rest.substring(infix.length()), prefixesLeft - 1, found);
					}
				}
			}
			found.forEach(infinitive -> out.add(p + infinitive));
		}
	}

	private void unprefixed(String word, Set<String> out) {
		for (String ending : ENDINGS) {
			if (!word.endsWith(ending) || word.length() - ending.length() < MIN_STEM) {
				continue;
			}
			String stem = word.substring(0, word.length() - ending.length());
			addStem(stem, out);
			if (stem.startsWith("ge") && stem.length() > MIN_STEM + 2) {
				addStem(stem.substring(2), out);
			}
		}
	}

	private void addStem(String stem, Set<String> out) {
		String strong = strongStems.get(stem);
		if (strong != null) {
			out.add(strong);
		}
		out.add(stem + "en");
		if (stem.endsWith("el") || stem.endsWith("er")) {
			out.add(stem + "n");
		}
	}
}
