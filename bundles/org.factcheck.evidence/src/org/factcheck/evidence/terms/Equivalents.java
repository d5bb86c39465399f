package org.factcheck.evidence.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.text.data.DataFile;

/**
 * Groups of words and phrases that say the same thing (data/equivalents.txt): abbreviations of
 * institutions (UN = Vereinte Nationen) and noun/verb pairs stemming cannot relate
 * (Gespräch = sprechen). Each entry is kept as the lemma keys of its words.
 */
public final class Equivalents {

	private static final Equivalents GERMAN = new Equivalents(DataFile.lines(Equivalents.class, "data/equivalents.txt"));

	/** For each key, the entries (as key lists) of the groups that contain it, the key's own entry excluded. */
	private final Map<String, List<List<String>>> alternatives = new HashMap<>();

	Equivalents(List<String> lines) {
		for (String line : lines) {
			List<List<String>> entries = new ArrayList<>();
			for (String entry : line.split("=")) {
				List<String> keys = new ArrayList<>();
				for (String word : entry.strip().split("\\s+")) {
					if (!word.isEmpty() && !Set.of("für", "und", "in", "der", "die", "das").contains(word)) {
						keys.add(WordKeys.key(word));
					}
				}
				if (!keys.isEmpty()) {
					entries.add(List.copyOf(keys));
				}
			}
			for (List<String> entry : entries) {
				for (String key : entry) {
					List<List<String>> others = alternatives.computeIfAbsent(key, k -> new ArrayList<>());
					entries.stream().filter(other -> other != entry).forEach(others::add);
				}
			}
		}
	}

	public static Equivalents german() {
		return GERMAN;
	}

	/** The other ways of saying what the word with this key is part of, each as lemma keys. */
	public List<List<String>> alternatives(String key) {
		return alternatives.getOrDefault(key, List.of());
	}
}
