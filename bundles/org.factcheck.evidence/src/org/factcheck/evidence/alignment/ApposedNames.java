package org.factcheck.evidence.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document writes right after a description ({@code der deutsche Innenminister Thomas
 * Brenner}): the document is searched once per description, however many of its sentences and
 * claims ask about it (see {@link ApposedDescription}). Thread-safe.
 */
public final class ApposedNames {

	/** A name after the description: up to four words, each capitalised or a particle of a name. */
	private static final Pattern NAME = Pattern.compile("\\G\\s+((?:(?:\\p{Lu}[\\p{L}'-]*|de|von|van|der|da|di|al|bin)\\s+){0,3}\\p{Lu}[\\p{L}'-]*)");

	/** An inflected ending of a description's word (deutsche, deutschen, Innenministers). */
	private static final Pattern ENDING = Pattern.compile("(e|en|er|es|em|s|n)$");

	private final String document;
	private final Map<String, Optional<Set<String>>> byDescription = new ConcurrentHashMap<>();

	private ApposedNames(String document) {
		this.document = document;
	}

	/** The names apposed in this document text, none searched for yet. */
	public static ApposedNames in(String document) {
		return new ApposedNames(document);
	}

	/**
	 * The words of the one name the document writes after the description (its words as written, an
	 * inflected ending aside), or empty if it writes it before no name or before several.
	 */
	public Optional<Set<String>> after(String description) {
		return byDescription.computeIfAbsent(description, this::search);
	}

	private Optional<Set<String>> search(String description) {
		List<String> stems = stems(description);
		LiteralLedPattern described = new LiteralLedPattern(
				Pattern.compile("(?<!\\p{L})" + inflected(stems) + "(?!\\p{L})"), stems.get(0));
		Matcher name = NAME.matcher(document);
		Set<String> words = null;
		String last = null;
		for (MatchResult at : described.matches(document)) {
			if (!name.region(at.end(), document.length()).lookingAt()) {
				continue;
			}
			String[] parts = name.group(1).split("\\s+");
			String surname = parts[parts.length - 1];
			if (last != null && !last.equals(surname)) {
				return Optional.empty();
			}
			last = surname;
			words = Set.copyOf(List.of(parts));
		}
		return Optional.ofNullable(words);
	}

	/** The description's words without an inflected ending (deutsch, Innenminist). */
	private static List<String> stems(String description) {
		List<String> stems = new ArrayList<>();
		for (String word : description.split("\\s+")) {
			stems.add(word.length() > 4 ? ENDING.matcher(word).replaceFirst("") : word);
		}
		return stems;
	}

	/** The stems as a pattern that allows each word an inflected ending (deutsche, deutschen). */
	private static String inflected(List<String> stems) {
		StringBuilder pattern = new StringBuilder();
		for (String stem : stems) {
			if (!pattern.isEmpty()) {
				pattern.append("\\s+");
			}
			pattern.append(Pattern.quote(stem)).append("(?:e|en|er|es|em|s|n)?");
		}
		return pattern.toString();
	}
}
