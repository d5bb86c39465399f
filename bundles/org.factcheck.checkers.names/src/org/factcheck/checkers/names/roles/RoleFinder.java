package org.factcheck.checkers.names.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checkers.names.entities.EntityFinder;
import org.factcheck.checkers.names.entities.EntityMention;
import org.factcheck.checkers.names.gazetteer.EntityForm;
import org.factcheck.checkers.names.gazetteer.EntityKind;
import org.factcheck.checkers.names.gazetteer.Gazetteer;
import org.factcheck.checkers.names.gazetteer.GazetteerMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;
import org.factcheck.text.tokens.Tokenizer;

/**
 * Finds the roles a text ascribes to persons:
 * <ul>
 * <li>role before the name: {@code Außenminister Cho Tae Yul}, {@code der südkoreanische Präsident
 * Yoon}, {@code Verteidigungsminister Südkoreas Shin Won-sik}, {@code Regierungssprecherin X};</li>
 * <li>apposition: {@code Der Sprecher des US-Außenministeriums, Matthew Miller,} and {@code Sergej
 * Schoigu, dem Sekretär des russischen Nationalen Sicherheitsrats,};</li>
 * <li>copula and role verbs: {@code X ist Außenminister Südkoreas}, {@code X leitet als Chef die
 * ÖBB}, {@code Das Amt des Sicherheitsberaters bekleidet X}.</li>
 * </ul>
 * The role's portfolio and scope come from the compound (Verteidigungsminister, NATO-Generalsekretär,
 * Kremlchef), from adjectives before it (südkoreanische, Wiener), from a genitive after or before it
 * (Südkoreas, des russischen Verteidigungsministeriums, der Regierung) or from {@code aus} and
 * {@code von} (der Senator aus Florida, Bürgermeister von Wien); words such as {@code ehemalige} mark a role no longer held.
 */
public final class RoleFinder {

	private static final Set<String> ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer",
			"einem", "einen", "eines");
	private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der");
	private static final Set<String> COPULAS = Set.of("ist", "war", "bleibt", "blieb", "wird", "wurde", "sei", "wäre");
	private static final Set<String> PAST = Set.of("war", "waren");
	private static final Set<String> LEAD_VERBS = Set.of("leitet", "leitete", "leiteten", "geleitet", "leiten", "angeführt",
			"anführt", "anführte");
	/** How far from the verb of leading the person and the body may stand. */
	private static final int LEAD_REACH = 10;
	private static final RoleWord MINISTER = RoleLexicon.german().parse("Minister").orElseThrow();
	private static final RoleWord CHIEF = RoleLexicon.german().parse("Chef").orElseThrow();
	private static final Set<String> OFFICE_NOUNS = Set.of("amt", "amtes", "amts", "posten", "postens", "funktion");
	private static final String MINISTRY = "ministerium";
	private static final String[] ADJECTIVE_ENDINGS = { "e", "en", "em", "er", "es", "" };

	private final RoleLexicon lexicon = RoleLexicon.german();
	private final Gazetteer gazetteer = Gazetteer.german();
	private final Map<String, RoleMention.Status> statusWords = new HashMap<>();

	public RoleFinder() {
		for (String[] row : DataFile.table(RoleFinder.class, "data/role-status.txt", 2)) {
			statusWords.put(row[0].toLowerCase(Locale.GERMAN),
					row[1].equals("future") ? RoleMention.Status.FUTURE : RoleMention.Status.FORMER);
		}
	}

	/** The roles {@code text} ascribes to persons, given its entities from the entity finder. */
	public List<RoleMention> find(AnalyzedText text, List<EntityMention> entities) {
		List<Token> tokens = text.tokens();
		List<String> tags = text.tags();
		List<RoleMention> roles = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Optional<RoleWord> word = lexicon.parse(tokens.get(i).text());
			if (word.isEmpty() || entityAt(entities, i) != null && entityAt(entities, i).form() != EntityForm.PREFIX
					&& entityAt(entities, i).kind() != EntityKind.INSTITUTION) {
				continue;
			}
			RoleMention mention = read(tokens, tags, entities, i, word.get());
			if (mention != null) {
				roles.add(mention);
			}
		}
		RoleMention led = ledBy(tokens, entities);
		if (led != null && roles.stream().noneMatch(r -> r.person().equals(led.person()))) {
			roles.add(led);
		}
		return List.copyOf(roles);
	}

	/**
	 * {@code Das Sozialministerium wird von X geleitet}, {@code X leitet die ÖBB}: the person heads a
	 * ministry (is its minister) or an organisation (is its chief), when the sentence names just one
	 * person and one body next to a verb of leading.
	 */
	private RoleMention ledBy(List<Token> tokens, List<EntityMention> entities) {
		int verb = -1;
		for (int i = 0; i < tokens.size() && verb < 0; i++) {
			if (LEAD_VERBS.contains(tokens.get(i).text().toLowerCase(Locale.GERMAN))) {
				verb = i;
			}
		}
		if (verb < 0) {
			return null;
		}
		List<EntityMention> persons = entities.stream().filter(EntityMention::isNamed).toList();
		List<EntityMention> bodies = entities.stream().filter(e -> e.form() == EntityForm.NAME && !e.isNamed()
				&& !e.kind().isPlace() && !(persons.size() == 1 && isAttribute(tokens, persons.get(0), e))).toList();
		if (persons.size() != 1 || bodies.stream().map(EntityMention::canonical).distinct().count() != 1) {
			return null;
		}
		EntityMention person = persons.get(0);
		EntityMention body = bodies.get(0);
		if (Math.abs(person.first() - verb) > LEAD_REACH || Math.abs(body.first() - verb) > LEAD_REACH) {
			return null;
		}
		RoleTitle title;
		if (body.kind() == EntityKind.INSTITUTION && body.canonical().endsWith(MINISTRY)) {
			String portfolio = body.canonical().substring(0, body.canonical().length() - MINISTRY.length());
			List<String> countries = entities.stream().filter(e -> e.kind() == EntityKind.COUNTRY)
					.map(EntityMention::canonical).distinct().toList();
			title = new RoleTitle(MINISTER.noun(), portfolio.isEmpty() ? null : portfolio,
					countries.size() == 1 ? countries.get(0) : null);
		} else {
			title = new RoleTitle(CHIEF.noun(), null, body.canonical());
		}
		int start = Math.min(Math.min(person.start(), body.start()), tokens.get(verb).start());
		int end = Math.max(Math.max(person.end(), body.end()), tokens.get(verb).end());
		return new RoleMention(title, person, RoleMention.Status.CURRENT, body.first(), start, end, body.start(), body.end());
	}

	/** A party in brackets right after a person's name (Rudolf Hundstorfer (SPÖ)) says something about the person. */
	private static boolean isAttribute(List<Token> tokens, EntityMention person, EntityMention entity) {
		return entity.first() == person.last() + 2 && tokens.get(person.last() + 1).text().equals("(");
	}

	private RoleMention read(List<Token> tokens, List<String> tags, List<EntityMention> entities, int index, RoleWord word) {
		String portfolio = word.portfolio();
		String scope = null;
		if (word.prefix() != null) {
			scope = scopeOfWord(word.prefix());
		}
		if (word.modifier() != null) {
			String body = scopeOfName(capitalized(word.modifier()));
			if (body != null) {
				scope = body;
				portfolio = null;
			}
		}
		RoleMention.Status status = word.former() ? RoleMention.Status.FORMER : RoleMention.Status.CURRENT;
		int start = index;
		for (int k = index - 1; k >= 0 && k >= index - 4; k--) {
			EntityMention entity = entityAt(entities, k);
			String lower = tokens.get(k).text().toLowerCase(Locale.GERMAN);
			if (entity != null && entity.kind().isPlace() && (entity.form() == EntityForm.ADJECTIVE
					|| entity.form() == EntityForm.NAME && entity.text().endsWith("s"))) {
				scope = scope == null ? entity.canonical() : scope;
				start = entity.first();
				k = entity.first();
			} else if (statusOf(lower) != null) {
				status = statusOf(lower);
				start = k;
			} else if (tags.get(k).equals("ADJ") || isAdjectiveLike(tokens.get(k).text(), entity)) {
				start = k;
			} else {
				if (ARTICLES.contains(lower)) {
					start = k;
				}
				break;
			}
		}
		int next = index + 1;
		EntityMention following = next < tokens.size() ? entityAt(entities, next) : null;
		if (following != null && following.kind().isPlace() && following.form() == EntityForm.NAME
				&& following.text().endsWith("s")) {
			scope = scope == null ? following.canonical() : scope;
			next = following.last() + 1;
		} else if (next + 1 < tokens.size() && (tokens.get(next).text().equals("aus") || tokens.get(next).text().equals("von"))) {
			EntityMention place = entityAt(entities, next + 1);
			if (place != null && place.kind().isPlace() && place.form() == EntityForm.NAME) {
				scope = scope == null ? place.canonical() : scope;
				next = place.last() + 1;
			}
		}
		for (int genitives = 0; genitives < 2 && next < tokens.size()
				&& GENITIVE_ARTICLES.contains(tokens.get(next).text().toLowerCase(Locale.GERMAN)); genitives++) {
			Genitive genitive = genitive(tokens, tags, entities, next + 1);
			if (genitive == null) {
				break;
			}
			portfolio = portfolio == null ? genitive.portfolio() : portfolio;
			scope = scope == null ? genitive.scope() : scope;
			next = genitive.next();
		}
		if (scope == null && start >= 1 && tokens.get(start - 1).text().equals("als") && next < tokens.size()) {
			int object = ARTICLES.contains(tokens.get(next).text().toLowerCase(Locale.GERMAN)) ? next + 1 : next;
			EntityMention organisation = object < tokens.size() ? entityAt(entities, object) : null;
			if (organisation != null && organisation.form() == EntityForm.NAME && !organisation.isNamed()
					&& !organisation.kind().isPlace()) {
				scope = organisation.canonical();
			}
		}
		RoleTitle title = new RoleTitle(word.noun(), portfolio, scope);
		int roleStart = tokens.get(start).start();
		int roleEnd = tokens.get(next - 1).end();
		EntityMention person = personFor(tokens, entities, start, next);
		if (person == null) {
			return null;
		}
		if (status == RoleMention.Status.CURRENT && (start >= 1 && PAST.contains(tokens.get(start - 1).text())
				|| next < tokens.size() && PAST.contains(tokens.get(next).text()))) {
			status = RoleMention.Status.FORMER;
		}
		return new RoleMention(title, person, status, index, Math.min(roleStart, person.start()),
				Math.max(roleEnd, person.end()), roleStart, roleEnd);
	}

	/** What a genitive phrase after a role says: its body (portfolio) and whose it is (scope). */
	private record Genitive(String portfolio, String scope, int next) {
	}

	private Genitive genitive(List<Token> tokens, List<String> tags, List<EntityMention> entities, int first) {
		int k = first;
		String scope = null;
		while (k < tokens.size() && (tags.get(k).equals("ADJ") || isAdjectiveEntity(entities, k)
				|| isAdjectiveLike(tokens.get(k).text(), entityAt(entities, k)) && k + 1 < tokens.size()
						&& Character.isUpperCase(tokens.get(k + 1).text().charAt(0)))) {
			EntityMention adjective = entityAt(entities, k);
			if (adjective != null && adjective.kind().isPlace() && adjective.form() == EntityForm.ADJECTIVE) {
				scope = adjective.canonical();
			}
			k++;
		}
		if (k >= tokens.size()) {
			return null;
		}
		EntityMention head = entityAt(entities, k);
		EntityMention prefix = prefixAt(entities, k);
		if (prefix != null) {
			scope = prefix.canonical();
		}
		if (head != null && head.form() == EntityForm.NAME && head.kind() == EntityKind.INSTITUTION
				&& head.canonical().endsWith(MINISTRY)) {
			String ministry = head.canonical().substring(0, head.canonical().length() - MINISTRY.length());
			return new Genitive(ministry.isEmpty() ? null : ministry, scope, k + 1);
		}
		if (head != null && head.form() == EntityForm.NAME && head.kind() != EntityKind.PERSON && head.kind() != EntityKind.NAME) {
			return new Genitive(null, head.canonical(), head.last() + 1);
		}
		if (head != null && head.kind() == EntityKind.NAME) {
			return new Genitive(Portfolio.key(tokens.get(head.last()).text()), scope, head.last() + 1);
		}
		if (head == null && (tags.get(k).equals("NOUN") || tags.get(k).equals("PROPN"))
				&& Character.isUpperCase(tokens.get(k).text().charAt(0))) {
			return new Genitive(Portfolio.key(tokens.get(k).text()), scope, k + 1);
		}
		return null;
	}

	private EntityMention personFor(List<Token> tokens, List<EntityMention> entities, int start, int next) {
		EntityMention after = nameAt(entities, next);
		if (after != null) {
			return after;
		}
		if (next + 1 < tokens.size() && tokens.get(next).text().equals(",")) {
			EntityMention apposition = nameAt(entities, next + 1);
			if (apposition != null && (apposition.last() + 1 >= tokens.size()
					|| !Character.isLetterOrDigit(tokens.get(apposition.last() + 1).text().charAt(0)))) {
				return apposition;
			}
		}
		if (next + 1 < tokens.size() && COPULAS.contains(tokens.get(next).text())) {
			EntityMention subject = nameAt(entities, next + 1);
			if (subject != null) {
				return subject;
			}
		}
		if (start >= 2 && tokens.get(start - 1).text().equals(",")) {
			EntityMention apposition = nameEndingAt(entities, start - 2);
			if (apposition != null) {
				return apposition;
			}
		}
		if (start >= 2 && COPULAS.contains(tokens.get(start - 1).text())) {
			EntityMention subject = nameEndingAt(entities, start - 2);
			if (subject != null) {
				return subject;
			}
		}
		if (start >= 1 && tokens.get(start - 1).text().equals("als")) {
			return onlyPerson(entities, start, next);
		}
		if (start >= 1 && OFFICE_NOUNS.contains(tokens.get(start - 1).text().toLowerCase(Locale.GERMAN))) {
			return onlyPerson(entities, start, next);
		}
		return null;
	}

	/** The single person named in the text outside the role phrase [from, to), or null. */
	private static EntityMention onlyPerson(List<EntityMention> entities, int from, int to) {
		EntityMention only = null;
		for (EntityMention entity : entities) {
			if (entity.isNamed() && (entity.last() < from || entity.first() >= to)) {
				if (only != null) {
					return null;
				}
				only = entity;
			}
		}
		return only;
	}

	private static EntityMention nameAt(List<EntityMention> entities, int first) {
		for (EntityMention entity : entities) {
			if (entity.first() == first && entity.isNamed()) {
				return entity;
			}
		}
		return null;
	}

	private static EntityMention nameEndingAt(List<EntityMention> entities, int last) {
		for (EntityMention entity : entities) {
			if (entity.last() == last && entity.isNamed()) {
				return entity;
			}
		}
		return null;
	}

	private static EntityMention entityAt(List<EntityMention> entities, int index) {
		EntityMention best = null;
		for (EntityMention entity : entities) {
			if (entity.covers(index) && (best == null || best.form() == EntityForm.PREFIX)) {
				best = entity;
			}
		}
		return best;
	}

	private static EntityMention prefixAt(List<EntityMention> entities, int index) {
		for (EntityMention entity : entities) {
			if (entity.covers(index) && entity.form() == EntityForm.PREFIX) {
				return entity;
			}
		}
		return null;
	}

	/** A capitalised adjective the tagger took for a name or noun (der Nationale Sicherheitsberater). */
	private boolean isAdjectiveLike(String word, EntityMention entity) {
		return (entity == null || entity.kind() == EntityKind.NAME) && EntityFinder.isCapitalisedAdjective(word)
				&& !gazetteer.isFirstName(word);
	}

	private static boolean isAdjectiveEntity(List<EntityMention> entities, int index) {
		EntityMention entity = entityAt(entities, index);
		return entity != null && entity.form() == EntityForm.ADJECTIVE;
	}

	private RoleMention.Status statusOf(String lower) {
		for (String ending : ADJECTIVE_ENDINGS) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
				RoleMention.Status status = statusWords.get(lower.substring(0, lower.length() - ending.length()));
				if (status != null) {
					return status;
				}
			}
		}
		return null;
	}

	/** The scope a compound prefix names: a known country or organisation, or the prefix itself. */
	private String scopeOfWord(String prefix) {
		String known = scopeOfName(prefix);
		return known != null ? known : Portfolio.key(prefix);
	}

	private String scopeOfName(String name) {
		List<Token> tokens = Tokenizer.german().tokenize(name);
		if (tokens.isEmpty()) {
			return null;
		}
		GazetteerMatch match = gazetteer.nameAt(tokens, 0);
		return match != null && match.last() == tokens.size() - 1 ? match.entry().canonical() : null;
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
