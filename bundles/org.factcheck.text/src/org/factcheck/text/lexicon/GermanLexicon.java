package org.factcheck.text.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The German full-form lexicon of LanguageTool ({@code de.danielnaber:german-pos-dict}, data based
 * on Morphy, CC BY-SA 4.0), read with morfologik: the lemmas and morphological tags of about a
 * million word forms, including proper names with their category (country, city, first name,
 * surname...). Unpacked into this bundle at build time; thread-safe.
 */
public final class GermanLexicon {

	private static final String RESOURCE = "/models/lexicon/org/languagetool/resource/de/german.dict";

	private final Dictionary dictionary;
	private final ThreadLocal<DictionaryLookup> lookups;
	/**
	 * The readings of the spellings looked up so far: a run looks up the same few thousand words
	 * again and again (every claim word against every sentence word). Emptied when full.
	 */
	private final Map<String, List<Reading>> known = new ConcurrentHashMap<>();

	/**
	 * The name categories asked for so far: the reference and name checks ask for those of every word
	 * of every sentence they compare, for each claim. Emptied when full.
	 */
	private final Map<String, NameCategory> categories = new ConcurrentHashMap<>();

	private static final int MAX_KNOWN = 200_000;

	private GermanLexicon() {
		URL url = GermanLexicon.class.getResource(RESOURCE);
		if (url == null) {
			throw new IllegalStateException("German lexicon " + RESOURCE
					+ " is missing from bundle org.factcheck.text (the Maven build unpacks it from Maven Central)");
		}
		try {
			dictionary = Dictionary.read(url);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the German lexicon " + url, e);
		}
		lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
	}

	private static final class Holder {
		static final GermanLexicon GERMAN = new GermanLexicon();
	}

	public static GermanLexicon german() {
		return Holder.GERMAN;
	}

	/**
	 * The readings of a word form as written, then those of its lower-case and capitalised
	 * spellings (a sentence-initial verb, a shouted noun); empty when unknown.
	 */
	public List<Reading> readings(String word) {
		List<Reading> readings = new ArrayList<>(lookup(word));
		String lower = word.toLowerCase(Locale.GERMAN);
		addOthers(readings, word, lower);
		addOthers(readings, word, lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
		return readings;
	}

	/** Adds the readings of {@code spelling} not yet in {@code readings}, unless it is the word as written. */
	private void addOthers(List<Reading> readings, String word, String spelling) {
		if (spelling.equals(word)) {
			return;
		}
		List<Reading> others = lookup(spelling);
		for (int i = 0; i < others.size(); i++) {
			if (!readings.contains(others.get(i))) {
				readings.add(others.get(i));
			}
		}
	}

	/**
	 * The lemma of the first reading that passes the filter (e.g. nouns only), looking at the word
	 * as written first, then at its lower-case and capitalised spellings; empty if none passes.
	 */
	public Optional<String> lemma(String word, Predicate<Reading> filter) {
		Optional<String> lemma = firstLemma(word, filter);
		if (lemma.isEmpty()) {
			String lower = word.toLowerCase(Locale.GERMAN);
			if (!lower.equals(word)) {
				lemma = firstLemma(lower, filter);
			}
			String capitalised = lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			if (lemma.isEmpty() && !capitalised.equals(word)) {
				lemma = firstLemma(capitalised, filter);
			}
		}
		return lemma;
	}

	private Optional<String> firstLemma(String spelling, Predicate<Reading> filter) {
		for (Reading reading : lookup(spelling)) {
			if (filter.test(reading)) {
				return Optional.of(reading.lemma());
			}
		}
		return Optional.empty();
	}

	/** The name category of the word, when the lexicon knows it as a proper name. */
	public NameCategory nameCategory(String word) {
		NameCategory category = categories.get(word);
		if (category == null) {
			category = NameCategory.NONE;
			for (Reading reading : lookup(word)) {
				if (reading.isName()) {
					category = reading.nameCategory();
					break;
				}
			}
			if (categories.size() >= MAX_KNOWN) {
				categories.clear();
			}
			categories.put(word, category);
		}
		return category;
	}

	private List<Reading> lookup(String word) {
		List<Reading> readings = known.get(word);
		if (readings == null) {
			List<WordData> found = lookups.get().lookup(word);
			List<Reading> read = new ArrayList<>(found.size());
			for (WordData data : found) {
				read.add(new Reading(data.getStem().toString(), data.getTag().toString()));
			}
			readings = List.copyOf(read);
			if (known.size() >= MAX_KNOWN) {
				known.clear();
			}
			known.put(word, readings);
		}
		return readings;
	}
}
