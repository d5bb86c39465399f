package org.factcheck.checkers.names.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.lexicon.Countries;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;

/**
 * General German gazetteers: countries with their adjectives and inhabitants (from
 * {@link Countries} of the text bundle), and, from this bundle's {@code data/} folder, cities,
 * regions, organisations, common first names, forms of address, and words that are never names. Lookups are case-sensitive for names (German
 * capitalisation tells names from words) and tolerate the genitive -s and inflected adjectives
 * inside multi-word names (der Europäischen Union). Immutable and thread-safe.
 */
public final class Gazetteer {

	private static final String[] ADJECTIVE_ENDINGS = { "", "e", "en", "em", "er", "es" };
	private static final String[] INHABITANT_ENDINGS = { "", "n", "en", "s", "nen", "in", "innen" };
	private static final String[] GENITIVE_ENDINGS = { "s", "es", "'" };

	private final Map<String, GazetteerEntry> phrases = new HashMap<>();
	private final Map<String, GazetteerEntry> adjectives = new HashMap<>();
	private final Map<String, GazetteerEntry> inhabitants = new HashMap<>();
	private final Map<String, GazetteerEntry> countries = new HashMap<>();
	private final Set<String> firstNames = new HashSet<>();
	private final Set<String> titles = new HashSet<>();
	private final Set<String> notNames = new HashSet<>();
	private int longestPhrase = 1;
	/**
	 * For the first word of each name of several words (up to its first space, as {@link #inner}
	 * writes it), the most words such a name has: no longer name can start at that word.
	 */
	private final Map<String, Integer> wordsFrom = new HashMap<>();

	private Gazetteer() {
		for (Countries.Country country : Countries.german().all()) {
			List<String> names = country.names();
			GazetteerEntry entry = new GazetteerEntry(EntityKind.COUNTRY, names.get(0), null);
			countries.put(entry.canonical(), entry);
			names.forEach(name -> addPhrase(name, entry));
			country.adjectives().forEach(stem -> adjectives.put(stem.toLowerCase(Locale.GERMAN), entry));
			country.inhabitants().forEach(noun -> inhabitants.put(noun, entry));
		}
		for (String[] row : DataFile.table(Gazetteer.class, "data/cities.txt", 3)) {
			List<String> names = DataFile.alternatives(row[0]);
			GazetteerEntry entry = new GazetteerEntry(EntityKind.CITY, names.get(0), row[1].isEmpty() ? null : row[1]);
			if (entry.country() != null && !countries.containsKey(entry.country())) {
				throw new IllegalStateException("data/cities.txt: unknown country '" + entry.country() + "' for " + row[0]);
			}
			names.forEach(name -> addPhrase(name, entry));
			DataFile.alternatives(row[2]).forEach(adjective -> adjectives.put(adjective.toLowerCase(Locale.GERMAN), entry));
		}
		for (String line : DataFile.lines(Gazetteer.class, "data/regions.txt")) {
			List<String> names = DataFile.alternatives(line);
			GazetteerEntry entry = new GazetteerEntry(EntityKind.REGION, names.get(0), null);
			names.forEach(name -> addPhrase(name, entry));
		}
		for (String[] row : DataFile.table(Gazetteer.class, "data/organisations.txt", 2)) {
			List<String> names = DataFile.alternatives(row[0]);
			GazetteerEntry entry = new GazetteerEntry(organisationKind(row), names.get(0), null);
			names.forEach(name -> addPhrase(name, entry));
		}
		firstNames.addAll(DataFile.lines(Gazetteer.class, "data/first-names.txt"));
		titles.addAll(DataFile.lines(Gazetteer.class, "data/titles.txt"));
		notNames.addAll(DataFile.lines(Gazetteer.class, "data/not-names.txt"));
	}

	private static final class Holder {
		static final Gazetteer GERMAN = new Gazetteer();
	}

	public static Gazetteer german() {
		return Holder.GERMAN;
	}

	/**
	 * The longest known name starting at token {@code first}: a country, city, region or
	 * organisation, possibly in the genitive (Südkoreas) or with inflected adjectives (der
	 * Vereinigten Staaten); null when none starts there.
	 */
	public GazetteerMatch nameAt(List<Token> tokens, int first) {
		if (first >= tokens.size()) {
			return null;
		}
		String head = inner(tokens.get(first).text());
		int space = head.indexOf(' ');
		Integer words = wordsFrom.get(space < 0 ? head : head.substring(0, space));
		int longest = Math.min(Math.min(longestPhrase, tokens.size() - first), words == null ? 1 : words);
		for (int length = longest; length >= 1; length--) {
			StringBuilder key = new StringBuilder();
			for (int i = first; i < first + length - 1; i++) {
				key.append(inner(tokens.get(i).text())).append(' ');
			}
			String last = tokens.get(first + length - 1).text();
			GazetteerEntry entry = phrases.get(key + last);
			for (int e = 0; entry == null && e < GENITIVE_ENDINGS.length; e++) {
				if (last.endsWith(GENITIVE_ENDINGS[e]) && last.length() > GENITIVE_ENDINGS[e].length() + 2) {
					entry = phrases.get(key + last.substring(0, last.length() - GENITIVE_ENDINGS[e].length()));
				}
			}
			if (entry != null) {
				return new GazetteerMatch(first, first + length - 1, entry, EntityForm.NAME);
			}
		}
		return null;
	}

	/** The country or city an adjective refers to (südkoreanischen, französische, Wiener), if any. */
	public Optional<GazetteerEntry> adjective(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		GazetteerEntry exact = adjectives.get(lower);
		if (exact != null) {
			return Optional.of(exact);
		}
		for (String ending : ADJECTIVE_ENDINGS) {
			if (!ending.isEmpty() && lower.endsWith(ending) && lower.length() > ending.length() + 3) {
				GazetteerEntry entry = adjectives.get(lower.substring(0, lower.length() - ending.length()));
				if (entry != null && entry.kind() == EntityKind.COUNTRY) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** The country whose inhabitants a noun names (Südkoreaner, Japanerinnen, Franzosen), if any. */
	public Optional<GazetteerEntry> inhabitant(String word) {
		for (String ending : INHABITANT_ENDINGS) {
			if (word.endsWith(ending) && word.length() > ending.length() + 2) {
				GazetteerEntry entry = inhabitants.get(word.substring(0, word.length() - ending.length()));
				if (entry != null) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** The country or organisation named by the first part of a hyphenated word (US-Soldaten, NATO-Gipfel). */
	public Optional<GazetteerEntry> prefix(String word) {
		int hyphen = word.indexOf('-');
		if (hyphen <= 0 || hyphen == word.length() - 1) {
			return Optional.empty();
		}
		GazetteerEntry entry = phrases.get(word.substring(0, hyphen));
		if (entry == null || entry.kind() == EntityKind.CITY && !startsUpper(word.substring(hyphen + 1))) {
			return Optional.empty();
		}
		return Optional.of(entry);
	}

	/** The country with this canonical name. */
	public Optional<GazetteerEntry> country(String canonical) {
		return Optional.ofNullable(countries.get(canonical));
	}

	public boolean isFirstName(String word) {
		if (firstNames.contains(word)) {
			return true;
		}
		int hyphen = word.indexOf('-');
		return hyphen > 0 && firstNames.contains(word.substring(0, hyphen)) && firstNames.contains(word.substring(hyphen + 1));
	}

	/** The first names as comparison keys made by {@code key}. */
	public Set<String> firstNameKeys(UnaryOperator<String> key) {
		Set<String> keys = new HashSet<>();
		for (String name : firstNames) {
			for (String part : name.split("-")) {
				keys.add(key.apply(part));
			}
		}
		return Set.copyOf(keys);
	}

	/** Forms of address and academic titles (Herr, Frau, Dr.). */
	public boolean isTitle(String word) {
		return titles.contains(word);
	}

	/** Capitalised words that are never part of a name (months, weekdays ...). */
	public boolean isNeverName(String word) {
		return notNames.contains(word);
	}

	private void addPhrase(String name, GazetteerEntry entry) {
		List<Token> tokens = Tokenizer.german().tokenize(name);
		if (tokens.isEmpty()) {
			return;
		}
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < tokens.size() - 1; i++) {
			key.append(inner(tokens.get(i).text())).append(' ');
		}
		key.append(tokens.get(tokens.size() - 1).text());
		int space = key.indexOf(" ");
		if (space >= 0) {
			int words = (int) key.chars().filter(c -> c == ' ').count() + 1;
			wordsFrom.merge(key.substring(0, space), words, Math::max);
		}
		GazetteerEntry previous = phrases.putIfAbsent(key.toString(), entry);
		if (previous == null || previous.equals(entry)) {
			longestPhrase = Math.max(longestPhrase, tokens.size());
		}
	}

	/** A word inside a multi-word name with its adjective ending removed: Europäischen, Europäische → Europäisch~. */
	private static String inner(String word) {
		for (String ending : INNER_ENDINGS) {
			if (word.endsWith(ending) && word.length() > ending.length() + 3 && Character.isUpperCase(word.charAt(0))
					&& lowerCaseAfterFirst(word)) {
				return word.substring(0, word.length() - ending.length()) + "~";
			}
		}
		return word;
	}

	private static final String[] INNER_ENDINGS = { "en", "em", "er", "es", "e" };

	private static boolean lowerCaseAfterFirst(String word) {
		for (int i = 1; i < word.length(); i++) {
			if (!Character.isLowerCase((int) word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static EntityKind organisationKind(String[] row) {
		return switch (row[1]) {
		case "party" -> EntityKind.PARTY;
		case "media" -> EntityKind.MEDIA;
		case "international" -> EntityKind.INTERNATIONAL;
		case "institution" -> EntityKind.INSTITUTION;
		case "company" -> EntityKind.COMPANY;
		default -> throw new IllegalStateException("data/organisations.txt: unknown kind '" + row[1] + "' in '"
				+ String.join(" | ", row) + "'");
		};
	}

	static boolean startsUpper(String word) {
		return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) && word.length() > 1);
	}
}
