package org.factcheck.checkers.polarity.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.terms.SuffixOpposites;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.data.DataFile;

/**
 * Opposite predicates of general German ({@code data/antonyms.txt}): steigen/sinken,
 * Zustimmung/Ablehnung, stark/schwach, in Betracht ziehen/ausschließen, with the persons of the other
 * sex ({@code data/counterparts.txt}: Vater/Mutter). Verbs are recognised in any
 * form, with their separated particle; nouns also as the last part of a compound; phrases when their
 * words stand together in the clause (a verb at the end of a phrase may stand anywhere in it).
 * The same reading serves the lexicon of incompatible predicates ({@code data/incompatible-predicates.txt}:
 * intakt/zerstört, behalten/verkaufen, schweigen/sprechen). Thread-safe.
 */
public final class Antonyms {

	private static final String PATH = "data/antonyms.txt";
	private static final String COUNTERPARTS_PATH = "data/counterparts.txt";
	private static final String INCOMPATIBLE_PATH = "data/incompatible-predicates.txt";
	private static final String EXCEPTIONS = "data/antonym-exceptions.txt";

	/** One word of a lexicon entry. */
	private record EntryWord(String lower, String key, boolean verb, boolean noun) {
	}

	/** A word or phrase on one pole of a pair. */
	private record Entry(int pair, int side, List<EntryWord> words) {
	}

	private static final class Holder {
		static final Antonyms GERMAN = new Antonyms(PATH, COUNTERPARTS_PATH);
		static final Antonyms INCOMPATIBLE = new Antonyms(INCOMPATIBLE_PATH, null);
	}

	private final List<Entry> entries = new ArrayList<>();
	/** The exception phrases (lower case) by their first word. */
	private final Map<String, List<List<String>>> exceptionsByFirstWord = new HashMap<>();
	/** The entries by what their first word is matched on (see {@link #matches}), to find the entries a clause may hold. */
	private final Map<String, List<Integer>> byVerbForm = new HashMap<>();
	private final Map<String, List<Integer>> byNounKey = new HashMap<>();
	private final Map<String, List<Integer>> byLowerCase = new HashMap<>();
	private final Map<String, List<Integer>> byKey = new HashMap<>();

	/** The pairs read from the lexicon of persons of the other sex. */
	private final BitSet personPairs = new BitSet();

	/** @param counterpartsPath the lexicon of persons of the other sex, read as further pairs; null for none */
	private Antonyms(String path, String counterpartsPath) {
		List<String[]> rows = new ArrayList<>(DataFile.table(Antonyms.class, path, 2));
		if (counterpartsPath != null) {
			List<String[]> counterparts = DataFile.table(Antonyms.class, counterpartsPath, 2);
			personPairs.set(rows.size(), rows.size() + counterparts.size());
			rows.addAll(counterparts);
		}
		for (int pair = 0; pair < rows.size(); pair++) {
			for (int side = 0; side < 2; side++) {
				for (String phrase : rows.get(pair)[side].split(",")) {
					if (phrase.isBlank()) {
						throw new IllegalStateException("data file " + path + ": empty entry in pair " + (pair + 1));
					}
					List<EntryWord> words = new ArrayList<>();
					for (String word : phrase.strip().split("\\s+")) {
						words.add(entryWord(word));
					}
					entries.add(new Entry(pair, side, words));
				}
			}
		}
		for (String line : DataFile.lines(Antonyms.class, EXCEPTIONS)) {
			List<String> phrase = List.of(line.toLowerCase(Locale.GERMAN).split("\\s+"));
			exceptionsByFirstWord.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
		}
		for (int e = 0; e < entries.size(); e++) {
			EntryWord first = entries.get(e).words().get(0);
			if (first.verb()) {
				index(byVerbForm, first.lower(), e);
			} else if (first.noun()) {
				index(byNounKey, first.key(), e);
			} else {
				index(byLowerCase, first.lower(), e);
				index(byKey, first.key(), e);
			}
		}
	}

	private static void index(Map<String, List<Integer>> index, String key, int entry) {
		index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
	}

	/** Whether the pole is a person of the other sex than its opposite's (Vater / Mutter, Mann / Frau). */
	public boolean ofPersons(Pole pole) {
		return personPairs.get(pole.pair());
	}

	public static Antonyms german() {
		return Holder.GERMAN;
	}

	/** Predicates that cannot hold of the same thing at once, though no opposites on one scale (intakt / zerstört). */
	public static Antonyms incompatible() {
		return Holder.INCOMPATIBLE;
	}

	private static EntryWord entryWord(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		boolean noun = Character.isUpperCase(word.charAt(0));
		boolean verb = !noun && lower.length() > 4 && (lower.endsWith("en") || lower.endsWith("ern") || lower.endsWith("eln"));
		return new EntryWord(lower, noun ? WordKeys.key(word, TermKind.NOUN) : WordKeys.key(word), verb, noun);
	}

	/**
	 * The lexicon entries found among the given words of one clause, in text order.
	 *
	 * @param clauseWords the clause's words in text order
	 */
	public List<Pole> find(List<Word> clauseWords) {
		List<Word> words = withoutExceptions(clauseWords);
		List<Pole> found = new ArrayList<>();
		BitSet candidates = entriesStartingAmong(words);
		for (int e = candidates.nextSetBit(0); e >= 0; e = candidates.nextSetBit(e + 1)) {
			Entry entry = entries.get(e);
			if (entry.words().size() == 1) {
				for (Word word : words) {
					if (matches(entry.words().get(0), word)) {
						EntryWord only = entry.words().get(0);
						found.add(new Pole(entry.pair(), entry.side(), word.index(), word.index(), !only.verb() && !only.noun()));
					}
				}
			} else {
				Pole phrase = phrase(entry, words);
				if (phrase != null) {
					found.add(phrase);
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.first(), b.first()));
		return found;
	}

	/**
	 * The entries whose first word may match one of the words, in lexicon order: every entry that
	 * {@link #matches} a word with its first word is among them (an entry none of whose words is in
	 * the clause cannot be found in it).
	 */
	private BitSet entriesStartingAmong(List<Word> words) {
		BitSet found = new BitSet(entries.size());
		for (Word word : words) {
			for (String form : word.verbForms()) {
				addAll(found, byVerbForm.get(form));
			}
			for (String key : sameKeys(word.key())) {
				addAll(found, byNounKey.get(key));
				addAll(found, byKey.get(key));
			}
			if (word.headKey() != null) {
				for (String key : sameKeys(word.headKey())) {
					addAll(found, byNounKey.get(key));
				}
			}
			addAll(found, byLowerCase.get(word.text().toLowerCase(Locale.GERMAN)));
		}
		return found;
	}

	private static void addAll(BitSet set, List<Integer> entries) {
		if (entries != null) {
			for (int entry : entries) {
				set.set(entry);
			}
		}
	}

	/** The keys {@link Aligner#sameKey} may take for the same as this one (a genitive or plural -s more or less). */
	private static List<String> sameKeys(String key) {
		return key.endsWith("s") ? List.of(key, key + "s", key.substring(0, key.length() - 1)) : List.of(key, key + "s");
	}

	/**
	 * The words without those of listed phrases in which they are no opposites (nur mehr, mehr oder
	 * weniger). Each word is put in lower case once and only the phrases starting with it are tried.
	 */
	private List<Word> withoutExceptions(List<Word> clauseWords) {
		int size = clauseWords.size();
		String[] lower = new String[size];
		for (int i = 0; i < size; i++) {
			lower[i] = clauseWords.get(i).text().toLowerCase(Locale.GERMAN);
		}
		boolean[] excluded = new boolean[size];
		boolean any = false;
		for (int start = 0; start < size; start++) {
			for (List<String> phrase : exceptionsByFirstWord.getOrDefault(lower[start], List.of())) {
				if (startsAt(phrase, lower, start)) {
					for (int k = 0; k < phrase.size(); k++) {
						excluded[start + k] = true;
					}
					any = true;
				}
			}
		}
		if (!any) {
			return clauseWords;
		}
		List<Word> kept = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (!excluded[i]) {
				kept.add(clauseWords.get(i));
			}
		}
		return kept;
	}

	private static boolean startsAt(List<String> phrase, String[] lower, int start) {
		if (start + phrase.size() > lower.length) {
			return false;
		}
		for (int k = 1; k < phrase.size(); k++) {
			if (!lower[start + k].equals(phrase.get(k))) {
				return false;
			}
		}
		return true;
	}

	/** The words in order and side by side; a final verb may stand anywhere in the clause. */
	private static Pole phrase(Entry entry, List<Word> clauseWords) {
		List<EntryWord> words = entry.words();
		EntryWord last = words.get(words.size() - 1);
		List<EntryWord> together = last.verb() ? words.subList(0, words.size() - 1) : words;
		for (int start = 0; start + together.size() <= clauseWords.size(); start++) {
			boolean all = true;
			for (int k = 0; k < together.size() && all; k++) {
				all = matches(together.get(k), clauseWords.get(start + k));
			}
			if (!all) {
				continue;
			}
			int first = clauseWords.get(start).index();
			int end = clauseWords.get(start + together.size() - 1).index();
			if (!last.verb()) {
				return new Pole(entry.pair(), entry.side(), first, end, false);
			}
			for (Word word : clauseWords) {
				if (matches(last, word)) {
					return new Pole(entry.pair(), entry.side(), Math.min(first, word.index()), Math.max(end, word.index()),
							false);
				}
			}
		}
		return null;
	}

	private static boolean matches(EntryWord entry, Word word) {
		if (entry.verb()) {
			return word.verbForms().contains(entry.lower());
		}
		if (entry.noun()) {
			return word.isNoun() && (Aligner.sameKey(entry.key(), word.key()) || Aligner.sameKey(entry.key(), word.headKey()));
		}
		return !word.isNoun() && (word.text().toLowerCase(Locale.GERMAN).equals(entry.lower())
				|| Aligner.sameKey(entry.key(), word.key()));
	}

	/**
	 * Whether two adjectives or adverbs are opposites by an affix: the prefix un- (möglich/unmöglich,
	 * bekannt/unbekannt), or -los against -reich or -voll on the same stem (erfolglos/erfolgreich,
	 * see {@link SuffixOpposites}).
	 */
	public static boolean negatedByAffix(Word a, Word b) {
		if (!isAdjectival(a) || !isAdjectival(b)) {
			return false;
		}
		return prefixed(a.key(), b.key()) || prefixed(b.key(), a.key()) || SuffixOpposites.opposed(a.key(), b.key());
	}

	private static boolean prefixed(String longer, String shorter) {
		return shorter.length() >= 3 && longer.equals("un" + shorter);
	}

	private static boolean isAdjectival(Word word) {
		return word.tag().equals("ADJ") || word.tag().equals("ADV");
	}
}
