package org.factcheck.checkers.names.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.factcheck.checkers.names.gazetteer.Gazetteer;
import org.factcheck.text.compounds.CompoundSplitter;
import org.factcheck.text.data.DataFile;

/**
 * Recognises words naming roles, from the bundle's role table ({@code data/roles.txt}): inflected
 * and feminine forms (Präsidenten, Sprecherin), compounds split with the
 * {@link CompoundSplitter} (Verteidigungsminister, Regierungssprecherin,
 * Außenministeriumssprecherin) and hyphenated compounds (NATO-Generalsekretär, ÖBB-Chef).
 * Thread-safe.
 */
public final class RoleLexicon {

	private static final Set<String> FORMER_PREFIXES = Set.of("ex", "alt");
	private static final Set<String> NEW_PREFIXES = Set.of("neo", "neu", "interims", "noch");
	private static final Set<String> DEPUTY_PREFIXES = Set.of("vize", "co", "ko", "stv", "stellvertretender");
	private static final String[] INFLECTIONS = { "", "s", "es", "n", "en", "nen", "r" };
	private static final int MIN_PORTFOLIO = 3;

	private final Map<String, RoleNoun> forms = new HashMap<>();

	/** Words parsed before, with their role if they name one: the words of a run are parsed again and again. */
	private final Map<String, Optional<RoleWord>> parsed = new ConcurrentHashMap<>();
	/** How many parsed words are kept; emptied when full. */
	private static final int MAX_PARSED = 100_000;

	private RoleLexicon() {
		for (String[] row : DataFile.table(RoleLexicon.class, "data/roles.txt", 4)) {
			RoleNoun.Holders holders = switch (row[2]) {
			case "one" -> RoleNoun.Holders.ONE;
			case "portfolio" -> RoleNoun.Holders.PORTFOLIO;
			case "many" -> RoleNoun.Holders.MANY;
			default -> throw new IllegalStateException("data/roles.txt: holders must be one, portfolio or many in '"
					+ String.join(" | ", row) + "'");
			};
			if (!row[3].equals("office") && !row[3].equals("title")) {
				throw new IllegalStateException("data/roles.txt: kind must be office or title in '" + String.join(" | ", row) + "'");
			}
			String[] masculine = row[0].split(",");
			RoleNoun noun = new RoleNoun(masculine[0].strip().toLowerCase(Locale.GERMAN), holders, row[3].equals("office"));
			for (String form : (row[0] + "," + row[1]).split(",")) {
				if (!form.isBlank()) {
					forms.putIfAbsent(form.strip().toLowerCase(Locale.GERMAN), noun);
				}
			}
		}
	}

	private static final class Holder {
		static final RoleLexicon GERMAN = new RoleLexicon();
	}

	public static RoleLexicon german() {
		return Holder.GERMAN;
	}

	/** The role a capitalised word names, if it names one. */
	public Optional<RoleWord> parse(String word) {
		Optional<RoleWord> known = parsed.get(word);
		if (known == null) {
			known = parseUnknown(word);
			if (parsed.size() >= MAX_PARSED) {
				parsed.clear();
			}
			parsed.put(word, known);
		}
		return known;
	}

	private Optional<RoleWord> parseUnknown(String word) {
		if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
			return Optional.empty();
		}
		int hyphen = word.lastIndexOf('-');
		if (hyphen > 0 && hyphen < word.length() - 2) {
			Optional<RoleWord> role = parse(capitalized(word.substring(hyphen + 1)));
			if (role.isEmpty()) {
				return role;
			}
			boolean former = role.get().former();
			String modifier = role.get().modifier();
			List<String> scope = new ArrayList<>();
			for (String part : word.substring(0, hyphen).split("-")) {
				String lower = part.toLowerCase(Locale.GERMAN);
				if (FORMER_PREFIXES.contains(lower)) {
					former = true;
				} else if (DEPUTY_PREFIXES.contains(lower)) {
					modifier = modifier == null ? part : part + modifier;
				} else if (!NEW_PREFIXES.contains(lower) && !part.isEmpty()) {
					scope.add(part);
				}
			}
			return Optional.of(new RoleWord(role.get().noun(), modifier, scope.isEmpty() ? null : String.join("-", scope), former));
		}
		RoleNoun whole = lookup(word);
		if (whole != null) {
			return Optional.of(new RoleWord(whole, null, null, false));
		}
		List<String> parts = CompoundSplitter.german().split(word);
		if (parts.size() > 1) {
			RoleNoun head = lookup(parts.get(parts.size() - 1));
			if (head == null) {
				return Optional.empty();
			}
			String modifier = String.join("", parts.subList(0, parts.size() - 1));
			return Optional.of(withModifier(head, modifier));
		}
		String lower = word.toLowerCase(Locale.GERMAN);
		for (int split = MIN_PORTFOLIO; split < lower.length() - 3; split++) {
			RoleNoun head = lookup(lower.substring(split));
			if (head != null) {
				return Optional.of(withModifier(head, word.substring(0, split)));
			}
		}
		return Optional.empty();
	}

	private static RoleWord withModifier(RoleNoun head, String modifier) {
		String lower = modifier.toLowerCase(Locale.GERMAN);
		if (lower.equals("alt") || lower.equals("ex")) {
			return new RoleWord(head, null, null, true);
		}
		if (Gazetteer.german().isNeverName(modifier)) {
			return new RoleWord(head, null, null, false);
		}
		return new RoleWord(head, modifier, null, false);
	}

	private RoleNoun lookup(String word) {
		String lower = word.toLowerCase(Locale.GERMAN);
		for (String ending : INFLECTIONS) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
				RoleNoun noun = forms.get(lower.substring(0, lower.length() - ending.length()));
				if (noun != null) {
					return noun;
				}
			}
		}
		return null;
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
