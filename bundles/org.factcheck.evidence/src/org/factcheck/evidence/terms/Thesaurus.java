package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * German synonyms and broader terms from OpenThesaurus ({@code data/thesaurus.txt}, LGPL, derived
 * by {@code releng/lexicon/openthesaurus-synsets.py}): each synset is a group of words that can
 * mean the same, with the broader terms of that meaning (Hund → Haustier, Tier). Words are compared
 * by their lower-case, umlaut-folded base form, as {@link WordKeys} writes lemmas. Only single words
 * take part. Loaded on first use; thread-safe.
 */
public final class Thesaurus {

	private static final String PATH = "data/thesaurus.txt";
	private static final int[] NONE = new int[0];
	private static final byte[] NO_CASES = new byte[0];

	/** Word ids by key (sized for OpenThesaurus's hundred thousand words, so that loading never rehashes). */
	private final Map<String, Integer> ids = new HashMap<>(1 << 18);
	/** For each word id, the synsets it belongs to. */
	private final List<int[]> synsetsOfWord = new ArrayList<>();
	/** For each synset, its members' word ids. */
	private final List<int[]> members = new ArrayList<>();
	/** For each synset, the word ids of its broader terms. */
	private final List<int[]> broader = new ArrayList<>();
	/** For each synset, how each member is written ({@link #LOWER}, {@link #CAPITAL} or both), in the order of {@link #members}. */
	private final List<byte[]> memberCases = new ArrayList<>();
	/** For each synset, how each broader term is written, in the order of {@link #broader}. */
	private final List<byte[]> broaderCases = new ArrayList<>();

	/** A word written in lower case (a verb, an adjective: ausscheiden). */
	private static final byte LOWER = 1;
	/** A word written with a capital (a noun: das Ausscheiden). */
	private static final byte CAPITAL = 2;

	private static final class Holder {
		static final Thesaurus GERMAN = new Thesaurus(DataFile.lines(Thesaurus.class, PATH));
	}

	public static Thesaurus german() {
		return Holder.GERMAN;
	}

	Thesaurus(List<String> lines) {
		Map<Integer, List<Integer>> wordSynsets = new HashMap<>();
		for (String line : lines) {
			int bar = line.indexOf('|');
			int synset = members.size();
			byte[][] cases = new byte[1][];
			int[] memberIds = ids(line, 0, bar < 0 ? line.length() : bar, cases);
			members.add(memberIds);
			memberCases.add(cases[0]);
			broader.add(bar < 0 ? NONE : ids(line, bar + 1, line.length(), cases));
			broaderCases.add(bar < 0 ? NO_CASES : cases[0]);
			for (int id : memberIds) {
				wordSynsets.computeIfAbsent(id, k -> new ArrayList<>()).add(synset);
			}
		}
		for (int id = 0; id < ids.size(); id++) {
			List<Integer> synsets = wordSynsets.get(id);
			int[] array = NONE;
			if (synsets != null) {
				array = new int[synsets.size()];
				for (int i = 0; i < array.length; i++) {
					array[i] = synsets.get(i);
				}
			}
			synsetsOfWord.add(array);
		}
		synonymIds = new AtomicReferenceArray<>(ids.size());
		broaderIds = new AtomicReferenceArray<>(ids.size());
	}

	/**
	 * The ids of the single words in {@code line} between {@code from} and {@code to}, separated by
	 * ';', each once (read in one pass: the thesaurus is loaded at the start of a run); how each is
	 * written goes to {@code cases[0]}.
	 */
	private int[] ids(String line, int from, int to, byte[][] cases) {
		int[] found = new int[8];
		byte[] written = new byte[8];
		int count = 0;
		for (int start = from; start <= to;) {
			int end = line.indexOf(';', start);
			if (end < 0 || end > to) {
				end = to;
			}
			String word = line.substring(start, end).strip();
			start = end + 1;
			if (word.isEmpty() || word.indexOf(' ') >= 0) {
				continue;
			}
			String key = key(word);
			Integer id = ids.get(key);
			if (id == null) {
				id = ids.size();
				ids.put(key, id);
			}
			byte writing = Character.isUpperCase(word.charAt(0)) ? CAPITAL : LOWER;
			int at = indexOf(found, count, id);
			if (at >= 0) {
				written[at] |= writing;
			} else {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
					written = Arrays.copyOf(written, count * 2);
				}
				written[count] = writing;
				found[count++] = id;
			}
		}
		cases[0] = count == 0 ? NO_CASES : Arrays.copyOf(written, count);
		return count == 0 ? NONE : Arrays.copyOf(found, count);
	}

	/** The form words are compared in: lower case, umlauts folded. */
	static String key(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return word.toLowerCase(Locale.GERMAN).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
			}
		}
		return word;
	}

	private int[] synsets(String key) {
		Integer id = ids.get(key);
		return id == null ? NONE : synsetsOfWord.get(id);
	}

	/** Whether the two words share a synset: one can stand for the other (beginnen / anfangen). */
	public boolean synonyms(String a, String b) {
		return synonyms(id(a), id(b));
	}

	/**
	 * The word's id, or -1 if the thesaurus does not know it: a word compared with many others is
	 * looked up once, and compared by id with {@link #synonyms(int, int)} and {@link #broader(int, int)}.
	 */
	public int id(String key) {
		Integer id = ids.get(key);
		return id == null ? -1 : id;
	}

	/**
	 * The id of a noun of a text: that of its key, else — when the thesaurus does not know the key and
	 * the German lexicon reads the form as a plural-only noun of its own (Fachleute, Kaufleute) — that
	 * of the singular it is also the plural of (Fachmann, Kaufmann). -1 if none is known.
	 */
	public int id(Term term) {
		int id = id(term.key());
		if (id >= 0 || term.kind() != TermKind.NOUN) {
			return id;
		}
		List<Reading> readings = GermanLexicon.german().readings(term.text());
		if (!pluralOnly(readings, term.text())) {
			return -1;
		}
		for (Reading reading : readings) {
			if (reading.isNoun() && !reading.lemma().equals(term.text())) {
				int other = id(key(reading.lemma()));
				if (other >= 0) {
					return other;
				}
			}
		}
		return -1;
	}

	/** Whether a reading of the form is a plural-only noun of its own (its lemma is the form). */
	private static boolean pluralOnly(List<Reading> readings, String form) {
		for (Reading reading : readings) {
			if (reading.isNoun() && reading.tag().endsWith(":NOG") && reading.lemma().equals(form)) {
				return true;
			}
		}
		return false;
	}

	/** {@link #synonyms(String, String)} of two words by their {@linkplain #id ids}. */
	public boolean synonyms(int a, int b) {
		return a >= 0 && b >= 0 && a != b && Arrays.binarySearch(synonymsOf(a), b) >= 0;
	}

	/** The sorted ids of the words that share a synset with the word, computed once per word. */
	private int[] synonymsOf(int id) {
		int[] known = synonymIds.get(id);
		if (known == null) {
			IdSet found = new IdSet();
			for (int synset : synsetsOfWord.get(id)) {
				found.addAll(members.get(synset));
			}
			known = found.sorted();
			synonymIds.set(id, known);
		}
		return known;
	}

	/**
	 * Whether {@code broad} is a broader term of {@code narrow}, directly or through one broader term
	 * between them (Dackel → Hund → Tier), so that what is said of the narrow one is said of the
	 * broad one.
	 */
	public boolean broader(String narrow, String broad) {
		return broader(id(narrow), id(broad));
	}

	/** {@link #broader(String, String)} of two words by their {@linkplain #id ids}. */
	public boolean broader(int narrow, int broad) {
		return narrow >= 0 && broad >= 0 && narrow != broad && Arrays.binarySearch(broaderOf(narrow), broad) >= 0;
	}

	/**
	 * The sorted ids of the words {@link #broader(String, String) broader} than the word: the broader
	 * terms of its synsets and, for each of them, the members and broader terms of its synsets in
	 * which it is written alike (the verb latschen, to walk, leads on to gehen, not to the noun die
	 * Latschen and its broader term Kleidung: words are compared in lower case, which makes one key
	 * of the two). Computed once per word.
	 */
	private int[] broaderOf(int id) {
		int[] known = broaderIds.get(id);
		if (known == null) {
			IdSet found = new IdSet();
			for (int synset : synsetsOfWord.get(id)) {
				int[] up = broader.get(synset);
				found.addAll(up);
				for (int m = 0; m < up.length; m++) {
					int middle = up[m];
					byte writing = broaderCases.get(synset)[m];
					for (int upper : synsetsOfWord.get(middle)) {
						if ((writing & memberCases.get(upper)[indexOf(members.get(upper), members.get(upper).length, middle)]) != 0) {
							found.addAll(members.get(upper));
							found.addAll(broader.get(upper));
						}
					}
				}
			}
			known = found.sorted();
			broaderIds.set(id, known);
		}
		return known;
	}

	/**
	 * Word ids computed per word id, once: the words of a run are asked about again and again.
	 * Computed in place rather than by a lambda, which the quick compiler allocates on each miss.
	 */
	private final AtomicReferenceArray<int[]> synonymIds;
	private final AtomicReferenceArray<int[]> broaderIds;

	/** A growing set of word ids, read out sorted. */
	private static final class IdSet {
		private int[] ids = new int[16];
		private int count;

		void addAll(int[] values) {
			for (int value : values) {
				if (count == ids.length) {
					ids = Arrays.copyOf(ids, count * 2);
				}
				ids[count++] = value;
			}
		}

		int[] sorted() {
			return Arrays.stream(ids, 0, count).sorted().distinct().toArray();
		}
	}

	/**
	 * Whether the two words name different kinds of one broader thing (Zoo / Tierheim, both
	 * Einrichtung; Koch / Schriftsteller): they share a broader term, but neither is a synonym or a
	 * broader term of the other, so that one said in place of the other says something else.
	 */
	public boolean siblings(String a, String b) {
		if (a.equals(b) || synonyms(a, b) || broader(a, b) || broader(b, a)) {
			return false;
		}
		for (int synsetA : synsets(a)) {
			for (int synsetB : synsets(b)) {
				for (int up : broader.get(synsetA)) {
					if (contains(broader.get(synsetB), up)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Whether the word occurs in the thesaurus at all. */
	public boolean knows(String key) {
		return ids.containsKey(key);
	}

	private static boolean contains(int[] values, int value) {
		return contains(values, values.length, value);
	}

	private static boolean contains(int[] values, int count, int value) {
		return indexOf(values, count, value) >= 0;
	}

	private static int indexOf(int[] values, int count, int value) {
		for (int i = 0; i < count; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}
}
