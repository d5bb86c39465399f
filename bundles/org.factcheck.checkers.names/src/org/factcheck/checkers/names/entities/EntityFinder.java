package org.factcheck.checkers.names.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.checkers.names.gazetteer.Gazetteer;
import org.factcheck.checkers.names.gazetteer.GazetteerEntry;
import org.factcheck.checkers.names.gazetteer.GazetteerMatch;
import org.factcheck.checkers.names.roles.Portfolio;
import org.factcheck.checkers.names.roles.RoleLexicon;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.tokens.Token;

/**
 * Finds the named entities of an analysed German text: countries (by name, adjective, inhabitants
 * or compound prefix), cities, regions and organisations from the gazetteers, ministries, and
 * proper-name sequences from the part-of-speech tags (Yoon Suk Yeol, Kim Yong-hyun), which count
 * as persons when they start with a known first name, follow a role noun or form of address
 * (Außenminister Cho Tae Yul, Herr Rutte), stand in apposition to a role (Sergej Schoigu, dem
 * Sekretär …) or name a person already known from the context.
 */
public final class EntityFinder {

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "da", "di", "del", "du", "la", "le",
			"bin", "ibn", "al", "el", "zu");
	private static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des");
	private static final String MINISTRY = "ministerium";
	private static final Pattern CAPITALISED_ADJECTIVE = Pattern
			.compile("\\p{Lu}\\p{Ll}+(isch|al|ig|lich|iv|ell|är)(e|en|er|es|em)");

	private final Gazetteer gazetteer = Gazetteer.german();
	private final RoleLexicon roles = RoleLexicon.german();

	/** The entities of {@code text}; names are persons only by their own cues. */
	public List<EntityMention> find(AnalyzedText text) {
		return find(text, List.of());
	}

	/**
	 * The entities of {@code text}.
	 *
	 * @param knownPersons persons named in the context (the claim, the rest of the document): a
	 *                     name that matches one of them is a person too (Thiele after Carl-Ludwig Thiele)
	 */
	public List<EntityMention> find(AnalyzedText text, List<EntityMention> knownPersons) {
		List<Token> tokens = text.tokens();
		List<String> tags = text.tags();
		boolean[] used = new boolean[tokens.size()];
		List<EntityMention> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			GazetteerMatch match = gazetteer.nameAt(tokens, i);
			if (match != null && match.first() == match.last() && i > 0 && gazetteer.isFirstName(tokens.get(i - 1).text())) {
				match = null;
			}
			if (match != null) {
				found.add(mention(text.text(), tokens, match.first(), match.last(), match.entry(), EntityForm.NAME));
				for (int k = match.first(); k <= match.last(); k++) {
					used[k] = true;
				}
				i = match.last();
				continue;
			}
			String word = tokens.get(i).text();
			Optional<GazetteerEntry> adjective = gazetteer.adjective(word);
			if (adjective.isPresent() && isAdjectiveTag(tags.get(i), word)) {
				found.add(mention(text.text(), tokens, i, i, adjective.get(), EntityForm.ADJECTIVE));
				used[i] = true;
				continue;
			}
			Optional<GazetteerEntry> inhabitant = Character.isUpperCase(word.charAt(0)) ? gazetteer.inhabitant(word)
					: Optional.empty();
			if (inhabitant.isPresent()) {
				found.add(mention(text.text(), tokens, i, i, inhabitant.get(), EntityForm.INHABITANT));
				used[i] = true;
				continue;
			}
			Optional<GazetteerEntry> prefix = gazetteer.prefix(word);
			if (prefix.isPresent()) {
				Token token = tokens.get(i);
				int hyphen = word.indexOf('-');
				found.add(new EntityMention(prefix.get().kind(), prefix.get().canonical(), EntityForm.PREFIX, i, i,
						token.start(), token.start() + hyphen, word.substring(0, hyphen)));
			}
			EntityMention ministry = ministry(tokens.get(i), i);
			if (ministry != null) {
				found.add(ministry);
				used[i] = true;
			}
		}
		findNames(text.text(), tokens, tags, used, found, knownPersons);
		found.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
		return List.copyOf(found);
	}

	private void findNames(String source, List<Token> tokens, List<String> tags, boolean[] used, List<EntityMention> found,
			List<EntityMention> knownPersons) {
		for (int i = 0; i < tokens.size(); i++) {
			if (used[i] || !isNameToken(tokens, tags, i, false)) {
				continue;
			}
			int last = i;
			while (true) {
				if (last + 1 < tokens.size() && !used[last + 1] && (isNameToken(tokens, tags, last + 1, true)
						|| isSurnameAfterFirstName(tokens, tags, last + 1))) {
					last++;
				} else if (last + 2 < tokens.size() && PARTICLES.contains(tokens.get(last + 1).text()) && !used[last + 2]
						&& isNameToken(tokens, tags, last + 2, true)) {
					last += 2;
				} else {
					break;
				}
			}
			i = firstNameStart(tokens, i, last);
			String name = text(source, tokens, i, last);
			EntityKind kind = isPerson(tokens, tags, i, last, found, knownPersons, name) ? EntityKind.PERSON : EntityKind.NAME;
			EntityMention place = adjacentPlaceBefore(found, i);
			if (kind == EntityKind.NAME && place != null) {
				found.remove(place);
				found.add(new EntityMention(EntityKind.NAME, String.join(" ", PersonNames.keys(place.text() + " " + name)),
						EntityForm.NAME, place.first(), last, place.start(), tokens.get(last).end(),
						text(source, tokens, place.first(), last)));
			} else {
				found.add(new EntityMention(kind, String.join(" ", PersonNames.keys(name)), EntityForm.NAME, i, last,
						tokens.get(i).start(), tokens.get(last).end(), name));
			}
			i = last;
		}
	}

	private boolean isPerson(List<Token> tokens, List<String> tags, int first, int last, List<EntityMention> found,
			List<EntityMention> knownPersons, String name) {
		for (int k = first; k <= last; k++) {
			if (gazetteer.isFirstName(tokens.get(k).text()) && (k < last || first == last && k > 0 && isRoleOrTitle(tokens, k - 1))) {
				return true;
			}
		}
		int before = first - 1;
		while (before >= 0 && isCountryGenitive(found, before)) {
			before--;
		}
		if (before >= 0 && isRoleOrTitle(tokens, before)) {
			return true;
		}
		int after = last + 1;
		if (after < tokens.size() && tokens.get(after).text().equals(",")) {
			int role = after + 1;
			if (role < tokens.size() && ARTICLES.contains(tokens.get(role).text().toLowerCase(Locale.GERMAN))) {
				role++;
			}
			while (role < tokens.size() && tags.get(role).equals("ADJ")) {
				role++;
			}
			if (role < tokens.size() && isRoleOrTitle(tokens, role)) {
				return true;
			}
		}
		List<String> keys = PersonNames.keys(name);
		return knownPersons.stream().anyMatch(known -> known.kind() == EntityKind.PERSON
				&& PersonNames.samePerson(keys, known.nameKeys()) && known.nameKeys().size() >= keys.size());
	}

	private boolean isRoleOrTitle(List<Token> tokens, int index) {
		String word = tokens.get(index).text();
		return gazetteer.isTitle(word) || roles.parse(word).isPresent();
	}

	private static boolean isCountryGenitive(List<EntityMention> found, int index) {
		return found.stream().anyMatch(m -> m.covers(index) && m.kind() == EntityKind.COUNTRY && m.form() == EntityForm.NAME
				&& m.text().endsWith("s"));
	}

	private boolean isNameToken(List<Token> tokens, List<String> tags, int index, boolean inRun) {
		String word = tokens.get(index).text();
		if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || gazetteer.isTitle(word)
				|| gazetteer.isNeverName(word) || roles.parse(word).isPresent()) {
			return false;
		}
		String tag = tags.get(index);
		if (isCapitalisedAdjective(word) && !gazetteer.isFirstName(word)
				&& !(index > 0 && gazetteer.isFirstName(tokens.get(index - 1).text()))
				&& index + 1 < tokens.size() && Character.isUpperCase(tokens.get(index + 1).text().charAt(0))) {
			return false;
		}
		if (tag.equals("PROPN")) {
			return word.chars().anyMatch(Character::isLowerCase) || word.length() <= 5;
		}
		if (gazetteer.isFirstName(word) && !tag.equals("VERB") && !tag.equals("AUX")) {
			return true;
		}
		return inRun && (tag.equals("NOUN") || tag.equals("X")) && word.indexOf('-') > 0
				&& Character.isLowerCase(word.charAt(word.indexOf('-') + 1));
	}

	/**
	 * Where a name run really starts: at its first first name, when only words that are no first
	 * names stand before it (Sozioökonomin Karin Heitzmann, Regisseurs Sebastian Nübling).
	 */
	private int firstNameStart(List<Token> tokens, int first, int last) {
		for (int k = first; k < last; k++) {
			if (gazetteer.isFirstName(tokens.get(k).text())) {
				return k;
			}
		}
		return first;
	}

	/**
	 * A capitalised noun right after a first name is the surname (Christian Kern, Maria Fekter), even
	 * a role noun that ends the name (Peter Kaiser).
	 */
	private boolean isSurnameAfterFirstName(List<Token> tokens, List<String> tags, int index) {
		String word = tokens.get(index).text();
		String tag = tags.get(index);
		if (!gazetteer.isFirstName(tokens.get(index - 1).text()) || word.length() < 2 || !Character.isUpperCase(word.charAt(0))
				|| gazetteer.isTitle(word) || gazetteer.isNeverName(word) || gazetteer.nameAt(tokens, index) != null) {
			return false;
		}
		if (roles.parse(word).isPresent()) {
			return index + 1 >= tokens.size() || !isNameToken(tokens, tags, index + 1, true);
		}
		return tag.equals("NOUN") || tag.equals("X") || tag.equals("ADJ");
	}

	/** An adjective written with a capital, as in names of bodies (Nationalen Sicherheitsrats). */
	public static boolean isCapitalisedAdjective(String word) {
		return word.length() >= 6 && CAPITALISED_ADJECTIVE.matcher(word).matches();
	}

	private static EntityMention adjacentPlaceBefore(List<EntityMention> found, int first) {
		for (EntityMention mention : found) {
			if (mention.last() == first - 1 && mention.form() == EntityForm.NAME
					&& (mention.kind() == EntityKind.CITY || mention.kind() == EntityKind.REGION)
					&& !mention.text().endsWith("s")) {
				return mention;
			}
		}
		return null;
	}

	private static EntityMention ministry(Token token, int index) {
		String word = token.text();
		String lower = word.toLowerCase(Locale.GERMAN);
		int at = lower.lastIndexOf(MINISTRY);
		if (at < 0 || !Character.isUpperCase(word.charAt(0)) || lower.length() - at - MINISTRY.length() > 2) {
			return null;
		}
		int hyphen = word.lastIndexOf('-', at);
		int from = hyphen >= 0 ? hyphen + 1 : 0;
		String portfolio = Portfolio.key(word.substring(from, at));
		String canonical = (portfolio == null ? "" : portfolio) + MINISTRY;
		return new EntityMention(EntityKind.INSTITUTION, canonical, EntityForm.NAME, index, index, token.start() + from,
				token.end(), word.substring(from));
	}

	private static boolean isAdjectiveTag(String tag, String word) {
		return tag.equals("ADJ") || Character.isLowerCase(word.charAt(0)) || tag.equals("PROPN") || tag.equals("NOUN");
	}

	private static EntityMention mention(String source, List<Token> tokens, int first, int last, GazetteerEntry entry,
			EntityForm form) {
		return new EntityMention(entry.kind(), entry.canonical(), form, first, last, tokens.get(first).start(),
				tokens.get(last).end(), text(source, tokens, first, last));
	}

	private static String text(String source, List<Token> tokens, int first, int last) {
		return source.substring(tokens.get(first).start(), tokens.get(last).end());
	}
}
