package org.factcheck.text.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factcheck.text.data.DataFile;

/**
 * The countries of data/countries.txt with their German names, adjective stems and inhabitant
 * nouns (Russland / russisch / Russe). The names checker's gazetteer reads its countries from here;
 * the evidence library's aligner uses it to match a country with its inhabitants (die Russen /
 * Russland), the way results and winners are often told. Immutable and thread-safe.
 */
public final class Countries {

	/** Endings of inhabitant nouns in the plural, the feminine and the genitive (Russen, Schweizerinnen). */
	private static final String[] INHABITANT_ENDINGS = { "", "n", "en", "s", "nen", "in", "innen" };
	private static final String[] GENITIVE_ENDINGS = { "", "s", "es", "'" };
	private static final String[] ADJECTIVE_ENDINGS = { "", "e", "en", "em", "er", "es" };

	/**
	 * @param names        the names, the first the canonical one (Russland, Russische Föderation)
	 * @param adjectives   the adjective stems (russisch)
	 * @param inhabitants  the inhabitant nouns in the singular (Russe, Russin)
	 */
	public record Country(List<String> names, List<String> adjectives, List<String> inhabitants) {

		public String canonical() {
			return names.get(0);
		}
	}

	private static final class Holder {
		static final Countries GERMAN = new Countries(DataFile.table(Countries.class, "data/countries.txt", 3));
	}

	private final List<Country> all = new ArrayList<>();
	private final Map<String, Country> byName = new HashMap<>();
	private final Map<String, Country> byInhabitant = new HashMap<>();
	private final Map<String, Country> byAdjective = new HashMap<>();

	private Countries(List<String[]> rows) {
		for (String[] row : rows) {
			Country country = new Country(DataFile.alternatives(row[0]), DataFile.alternatives(row[1]), DataFile.alternatives(row[2]));
			all.add(country);
			country.names().forEach(name -> byName.putIfAbsent(name, country));
			country.inhabitants().forEach(noun -> byInhabitant.putIfAbsent(noun, country));
			country.adjectives().forEach(stem -> byAdjective.putIfAbsent(stem, country));
		}
	}

	public static Countries german() {
		return Holder.GERMAN;
	}

	/** All countries in the order of the data file. */
	public List<Country> all() {
		return List.copyOf(all);
	}

	/** The country a one-word name gives, also in the genitive (Russland, Russlands); empty if none. */
	public Optional<Country> named(String word) {
		for (String ending : GENITIVE_ENDINGS) {
			if (word.endsWith(ending) && word.length() > ending.length() + 2) {
				Country country = byName.get(word.substring(0, word.length() - ending.length()));
				if (country != null) {
					return Optional.of(country);
				}
			}
		}
		return Optional.empty();
	}

	/** The country whose inhabitants a capitalised noun names (Russen, Schweizer, Deutschen); empty if none. */
	public Optional<Country> inhabitants(String word) {
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
			return Optional.empty();
		}
		for (String ending : INHABITANT_ENDINGS) {
			if (word.endsWith(ending) && word.length() > ending.length() + 2) {
				Country country = byInhabitant.get(word.substring(0, word.length() - ending.length()));
				if (country != null) {
					return Optional.of(country);
				}
			}
		}
		return Optional.empty();
	}

	/** The country an adjective in any inflection names (österreichischen, russische); empty if none. */
	public Optional<Country> ofAdjective(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		for (String ending : ADJECTIVE_ENDINGS) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 3) {
				Country country = byAdjective.get(lower.substring(0, lower.length() - ending.length()));
				if (country != null) {
					return Optional.of(country);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether one word names a country and the other its inhabitants (Russland / die Russen). */
	public boolean countryAndInhabitants(String country, String inhabitants) {
		if (!pairable(country) || !pairable(inhabitants)) {
			return false;
		}
		Optional<Country> named = named(country);
		return named.isPresent() && inhabitants(inhabitants).filter(named.get()::equals).isPresent();
	}

	/**
	 * Whether the word may be either side of {@link #countryAndInhabitants}: a country's name or its
	 * inhabitants (Russland, Russlands, Russen). Every other word is paired with no word at all, so
	 * a caller comparing one word with many asks this once instead of asking for each pair.
	 */
	public boolean namesCountryOrInhabitants(String word) {
		return pairable(word) && (named(word).isPresent() || inhabitants(word).isPresent());
	}

	private static boolean pairable(String word) {
		return word.length() >= 3 && Character.isUpperCase(word.charAt(0));
	}
}
