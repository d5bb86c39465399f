package org.factcheck.evidence.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

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

	private static final String PATH = "/data/thesaurus.txt";
	private static final int[] NONE = new int[0];
	private static final byte[] NO_CASES = new byte[0];

	/**
	 * Word ids by key: an open-addressing table of the keys, with the id of each in the same slot of
	 * {@link #tableIds} (sized for OpenThesaurus's seventy-odd thousand single words, so that loading
	 * never grows it). A word read from the file is folded into {@link #folded} and looked up by its
	 * characters, so that a word seen before costs no string.
	 */
	private String[] table = new String[1 << 18];
	private int[] tableIds = new int[1 << 18];
	private int size;
	/** For each word id, the synsets it belongs to. */
	private final int[][] synsetsOfWord;
	/** For each synset, its members' word ids. */
	private final int[][] members;
	/** For each synset, the word ids of its broader terms. */
	private final int[][] broader;
	/** For each synset, how each member is written ({@link #LOWER}, {@link #CAPITAL} or both), in the order of {@link #members}. */
	private final byte[][] memberCases;
	/** For each synset, how each broader term is written, in the order of {@link #broader}. */
	private final byte[][] broaderCases;

	/** A word written in lower case (a verb, an adjective: ausscheiden). */
	private static final byte LOWER = 1;
	/** A word written with a capital (a noun: das Ausscheiden). */
	private static final byte CAPITAL = 2;

	private static final class Holder {
		static final Thesaurus GERMAN = new Thesaurus(bytes());
	}

	public static Thesaurus german() {
		return Holder.GERMAN;
	}

	/** The whole file's UTF-8 bytes, read at once (the thesaurus is loaded at the start of a run). */
	private static byte[] bytes() {
		try (InputStream in = Thesaurus.class.getResourceAsStream(PATH)) {
			if (in == null) {
				throw new IllegalStateException("data file " + PATH + " is missing from the bundle of " + Thesaurus.class.getName());
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read data file " + PATH + " of " + Thesaurus.class.getName(), e);
		}
	}

	/** Working state of the reading: a word's folded key, and the ids and writings of one side of a line. */
	private char[] folded = new char[64];
	private int[] found = new int[64];
	private byte[] written = new byte[64];
	private byte[] cases;
	private List<int[]> memberList = new ArrayList<>(40_000);
	private List<int[]> broaderList = new ArrayList<>(40_000);
	private List<byte[]> memberCaseList = new ArrayList<>(40_000);
	private List<byte[]> broaderCaseList = new ArrayList<>(40_000);

	/**
	 * Reads the synsets of the UTF-8 text {@code utf8}: one per line ({@code #} starts a comment
	 * line, blank lines are ignored), members separated by ';', then '|' and the broader terms. A
	 * line whose letters are ASCII, umlauts and ß (all but a few hundred) is read from the bytes
	 * themselves; any other line is decoded and read as text, with the same result.
	 */
	Thesaurus(byte[] utf8) {
		int length = utf8.length;
		for (int lineStart = 0; lineStart < length;) {
			int lineEnd = lineStart;
			boolean plain = true;
			while (lineEnd < length) {
				byte b = utf8[lineEnd];
				if (b == '\n' || b == '\r') {
					break;
				}
				if (b < 0) {
					if (b == (byte) 0xC3 && lineEnd + 1 < length && folds(utf8[lineEnd + 1])) {
						lineEnd += 2;
						continue;
					}
					plain = false;
				}
				lineEnd++;
			}
			if (plain) {
				line(utf8, lineStart, lineEnd);
			} else {
				String text = new String(utf8, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
				line(text, 0, text.length());
			}
			lineStart = lineEnd + 1;
		}
		members = memberList.toArray(new int[0][]);
		broader = broaderList.toArray(new int[0][]);
		memberCases = memberCaseList.toArray(new byte[0][]);
		broaderCases = broaderCaseList.toArray(new byte[0][]);
		int[] counts = new int[size];
		for (int[] memberIds : members) {
			for (int id : memberIds) {
				counts[id]++;
			}
		}
		synsetsOfWord = new int[size][];
		for (int id = 0; id < size; id++) {
			synsetsOfWord[id] = counts[id] == 0 ? NONE : new int[counts[id]];
			counts[id] = 0;
		}
		for (int synset = 0; synset < members.length; synset++) {
			for (int id : members[synset]) {
				synsetsOfWord[id][counts[id]++] = synset;
			}
		}
		synonymIds = new AtomicReferenceArray<>(size);
		broaderIds = new AtomicReferenceArray<>(size);
		folded = null;
		found = null;
		written = null;
		cases = null;
		memberList = null;
		broaderList = null;
		memberCaseList = null;
		broaderCaseList = null;
	}

	/** Whether {@code second}, after 0xC3, makes ä, ö, ü, Ä, Ö, Ü or ß in UTF-8. */
	private static boolean folds(byte second) {
		return switch (second & 0xFF) {
			case 0xA4, 0xB6, 0xBC, 0x84, 0x96, 0x9C, 0x9F -> true;
			default -> false;
		};
	}

	/** Whether the ASCII byte is {@link Character#isWhitespace whitespace}. */
	private static boolean isWhitespace(byte b) {
		return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
	}

	/** The synset on the line of {@code text} between {@code from} and {@code to}, if it holds one. */
	private void line(String text, int from, int to) {
		while (from < to && Character.isWhitespace(text.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
			to--;
		}
		if (from == to || text.charAt(from) == '#') {
			return;
		}
		int bar = text.indexOf('|', from);
		if (bar >= to) {
			bar = -1;
		}
		memberList.add(ids(text, from, bar < 0 ? to : bar));
		memberCaseList.add(cases);
		broaderList.add(bar < 0 ? NONE : ids(text, bar + 1, to));
		broaderCaseList.add(bar < 0 ? NO_CASES : cases);
	}

	/**
	 * {@link #line(String, int, int)} of a line of UTF-8 bytes whose only bytes beyond ASCII are
	 * those of umlauts and ß (none of which is whitespace, ';' or '|').
	 */
	private void line(byte[] utf8, int from, int to) {
		while (from < to && isWhitespace(utf8[from])) {
			from++;
		}
		while (to > from && isWhitespace(utf8[to - 1])) {
			to--;
		}
		if (from == to || utf8[from] == '#') {
			return;
		}
		int bar = indexOf(utf8, (byte) '|', from, to);
		memberList.add(ids(utf8, from, bar < 0 ? to : bar));
		memberCaseList.add(cases);
		broaderList.add(bar < 0 ? NONE : ids(utf8, bar + 1, to));
		broaderCaseList.add(bar < 0 ? NO_CASES : cases);
	}

	private static int indexOf(byte[] bytes, byte value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

	/** {@link #ids(String, int, int)} of plain UTF-8 bytes (see {@link #line(byte[], int, int)}). */
	private int[] ids(byte[] utf8, int from, int to) {
		int count = 0;
		for (int start = from; start <= to;) {
			int end = indexOf(utf8, (byte) ';', start, to);
			if (end < 0) {
				end = to;
			}
			int wordStart = start;
			int wordEnd = end;
			start = end + 1;
			while (wordStart < wordEnd && isWhitespace(utf8[wordStart])) {
				wordStart++;
			}
			while (wordEnd > wordStart && isWhitespace(utf8[wordEnd - 1])) {
				wordEnd--;
			}
			if (wordStart == wordEnd || indexOf(utf8, (byte) ' ', wordStart, wordEnd) >= 0) {
				continue;
			}
			int id = add(utf8, wordStart, wordEnd);
			byte first = utf8[wordStart];
			boolean upper = first >= 'A' && first <= 'Z' || first == (byte) 0xC3
					&& (utf8[wordStart + 1] == (byte) 0x84 || utf8[wordStart + 1] == (byte) 0x96 || utf8[wordStart + 1] == (byte) 0x9C);
			count = found(count, id, upper ? CAPITAL : LOWER);
		}
		cases = count == 0 ? NO_CASES : Arrays.copyOf(written, count);
		return count == 0 ? NONE : Arrays.copyOf(found, count);
	}

	/** Notes word {@code id}, written as {@code writing}, among the {@code count} found on one side of a line; the new count. */
	private int found(int count, int id, byte writing) {
		int at = indexOf(found, count, id);
		if (at >= 0) {
			written[at] |= writing;
			return count;
		}
		if (count == found.length) {
			found = Arrays.copyOf(found, count * 2);
			written = Arrays.copyOf(written, count * 2);
		}
		written[count] = writing;
		found[count] = id;
		return count + 1;
	}

	/**
	 * The id of the {@link #key} of the plain UTF-8 word between {@code from} and {@code to}, a new
	 * one if the key is new: ASCII letters and umlauts are folded as {@link #key} does.
	 */
	private int add(byte[] utf8, int from, int to) {
		if (folded.length < 2 * (to - from)) {
			folded = new char[2 * (to - from)];
		}
		int length = 0;
		int hash = 0;
		for (int i = from; i < to; i++) {
			int c = utf8[i] & 0xFF;
			if (c >= 'A' && c <= 'Z') {
				c += 'a' - 'A';
			} else if (c == 0xC3) {
				switch (utf8[++i] & 0xFF) {
					case 0xA4, 0x84 -> c = 'a';
					case 0xB6, 0x96 -> c = 'o';
					case 0xBC, 0x9C -> c = 'u';
					default -> {
						folded[length++] = 's';
						hash = 31 * hash + 's';
						c = 's';
					}
				}
			}
			folded[length++] = (char) c;
			hash = 31 * hash + c;
		}
		return add(length, hash);
	}

	/**
	 * The ids of the single words in {@code text} between {@code from} and {@code to}, separated by
	 * ';', each once; how each is written goes to {@link #cases}.
	 */
	private int[] ids(String text, int from, int to) {
		int count = 0;
		for (int start = from; start <= to;) {
			int end = text.indexOf(';', start);
			if (end < 0 || end > to) {
				end = to;
			}
			int wordStart = start;
			int wordEnd = end;
			start = end + 1;
			while (wordStart < wordEnd && Character.isWhitespace(text.charAt(wordStart))) {
				wordStart++;
			}
			while (wordEnd > wordStart && Character.isWhitespace(text.charAt(wordEnd - 1))) {
				wordEnd--;
			}
			if (wordStart == wordEnd || hasSpace(text, wordStart, wordEnd)) {
				continue;
			}
			int id = add(text, wordStart, wordEnd);
			count = found(count, id, Character.isUpperCase(text.charAt(wordStart)) ? CAPITAL : LOWER);
		}
		cases = count == 0 ? NO_CASES : Arrays.copyOf(written, count);
		return count == 0 ? NONE : Arrays.copyOf(found, count);
	}

	private static boolean hasSpace(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == ' ') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The id of the {@link #key} of the word between {@code from} and {@code to}, a new one if the
	 * key is new. Letters of the Latin alphabet and umlauts are folded here, as {@link #key} does;
	 * a word with any other letter is folded by {@link #key} itself.
	 */
	private int add(String text, int from, int to) {
		if (folded.length < 2 * (to - from)) {
			folded = new char[2 * (to - from)];
		}
		int length = 0;
		int hash = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			} else if (c >= 0x80) {
				switch (c) {
					case '\u00E4', '\u00C4' -> c = 'a';
					case '\u00F6', '\u00D6' -> c = 'o';
					case '\u00FC', '\u00DC' -> c = 'u';
					case '\u00DF' -> {
						folded[length++] = 's';
						hash = 31 * hash + 's';
						c = 's';
					}
					default -> {
						return add(key(text.substring(from, to)));
					}
				}
			}
			folded[length++] = c;
			hash = 31 * hash + c;
		}
		return add(length, hash);
	}

	/** The id of the key in {@link #folded}'s first {@code length} chars, whose hash is {@code hash}; a new one if it is new. */
	private int add(int length, int hash) {
		int mask = table.length - 1;
		for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
			String key = table[slot];
			if (key == null) {
				return insert(slot, new String(folded, 0, length));
			}
			if (key.length() == length && sameChars(key, folded, length)) {
				return tableIds[slot];
			}
		}
	}

	/** The id of {@code key}, a new one if it is new. */
	private int add(String key) {
		int mask = table.length - 1;
		for (int slot = spread(key.hashCode()) & mask;; slot = (slot + 1) & mask) {
			String known = table[slot];
			if (known == null) {
				return insert(slot, key);
			}
			if (known.equals(key)) {
				return tableIds[slot];
			}
		}
	}

	private int insert(int slot, String key) {
		table[slot] = key;
		tableIds[slot] = size;
		if (++size * 2 > table.length) {
			grow();
		}
		return size - 1;
	}

	private void grow() {
		String[] oldTable = table;
		int[] oldIds = tableIds;
		table = new String[oldTable.length * 2];
		tableIds = new int[oldTable.length * 2];
		int mask = table.length - 1;
		for (int i = 0; i < oldTable.length; i++) {
			if (oldTable[i] != null) {
				int slot = spread(oldTable[i].hashCode()) & mask;
				while (table[slot] != null) {
					slot = (slot + 1) & mask;
				}
				table[slot] = oldTable[i];
				tableIds[slot] = oldIds[i];
			}
		}
	}

	private static boolean sameChars(String key, char[] chars, int length) {
		for (int i = 0; i < length; i++) {
			if (key.charAt(i) != chars[i]) {
				return false;
			}
		}
		return true;
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	/** The id of {@code key}, or -1 (also for null, as the map it replaces answered). */
	private int lookup(String key) {
		if (key == null) {
			return -1;
		}
		String[] keys = table;
		int mask = keys.length - 1;
		for (int slot = spread(key.hashCode()) & mask;; slot = (slot + 1) & mask) {
			String known = keys[slot];
			if (known == null) {
				return -1;
			}
			if (known.equals(key)) {
				return tableIds[slot];
			}
		}
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
		int id = lookup(key);
		return id < 0 ? NONE : synsetsOfWord[id];
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
		return lookup(key);
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
		int adjectival = adjectivalNoun(readings);
		if (adjectival >= 0 || !pluralOnly(readings, term.text())) {
			return adjectival;
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

	/**
	 * The id of an adjective used as a noun, which the lexicon gives in its weak form (Einheimische,
	 * Angestellte) and the thesaurus in its strong masculine one (Einheimischer, Angestellter); -1 if
	 * the form is none or the thesaurus does not know it.
	 */
	private int adjectivalNoun(List<Reading> readings) {
		for (Reading reading : readings) {
			if (reading.isNoun() && reading.tag().endsWith(":ADJ") && reading.lemma().endsWith("e")) {
				return id(key(reading.lemma() + "r"));
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
			for (int synset : synsetsOfWord[id]) {
				found.addAll(members[synset]);
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
			for (int synset : synsetsOfWord[id]) {
				int[] up = broader[synset];
				found.addAll(up);
				for (int m = 0; m < up.length; m++) {
					int middle = up[m];
					byte writing = broaderCases[synset][m];
					for (int upper : synsetsOfWord[middle]) {
						if ((writing & memberCases[upper][indexOf(members[upper], members[upper].length, middle)]) != 0) {
							found.addAll(members[upper]);
							found.addAll(broader[upper]);
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
				for (int up : broader[synsetA]) {
					if (contains(broader[synsetB], up)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether the two words share a synset and one of them belongs to that synset only: the thesaurus
	 * knows that word in this one sense (Zähler: only as Punkt), so that it and the other name the
	 * same thing wherever it occurs.
	 */
	public boolean soleSenseSynonyms(String a, String b) {
		int idA = id(a);
		int idB = id(b);
		return synonyms(idA, idB) && (synsetsOfWord[idA].length == 1 || synsetsOfWord[idB].length == 1);
	}

	/** Whether the word occurs in the thesaurus at all. */
	public boolean knows(String key) {
		return lookup(key) >= 0;
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
