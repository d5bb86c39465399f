package org.factcheck.checkers.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.lexicon.Countries;
import org.factcheck.text.tokens.Token;

/**
 * The final results of games in a text ({@code 7:2}, {@code mit 3:2}, {@code 2:0-Erfolg}), read as
 * ordered values: the goals of the team the text speaks of (its subject) and those of its opponent.
 * A result is read only in a text about a game (a word such as Sieg, Tor, Spiel, gewann, unterlag),
 * never a clock time ({@code 7:30}, {@code 7:3 Uhr}), never a running score ({@code zum 2:1},
 * {@code auf 2:1}, {@code das 5:1}), a score in brackets (half time, periods), a set of a tennis
 * match ({@code 7:5,6:2}) or a ratio ({@code im Verhältnis 2:1}, {@code 5:4 Stimmen}).
 * <p>
 * Who won is taken from the verb where it tells it (besiegen, bezwingen, schlagen, gewinnen, siegen,
 * sich durchsetzen; unterliegen, verlieren) or from the noun glued to the result ({@code 3:2-Sieg},
 * {@code 0:1-Niederlage}); else the result is written the subject's goals first. The opponent is the
 * name after gegen, über, bei or beim, or the name the verb takes as its object (Rom bezwang den FC
 * Genua 2:0, Köln unterliegt Hannover 0:1).
 */
final class Scores {

	/** How a result reads for the team the text speaks of. */
	enum Outcome {
		WON, LOST, WRITTEN
	}

	/**
	 * A result of a game.
	 *
	 * @param first     the first number as written
	 * @param second    the second number as written
	 * @param outcome   what the verb or the glued noun says of the subject, or WRITTEN
	 * @param subject   token indices of the names before the verb (the team the text speaks of)
	 * @param opponent  token indices of the opponent's name
	 */
	record Score(int start, int end, int first, int second, Outcome outcome, List<Integer> subject,
			List<Integer> opponent) {

		/** The subject's goals. */
		int own() {
			return switch (outcome) {
			case WON -> Math.max(first, second);
			case LOST -> Math.min(first, second);
			case WRITTEN -> first;
			};
		}

		/** The opponent's goals. */
		int other() {
			return first + second - own();
		}

		boolean sameNumbers(Score other) {
			return Math.min(first, second) == Math.min(other.first, other.second)
					&& Math.max(first, second) == Math.max(other.first, other.second);
		}
	}

	private static final Pattern RESULT = Pattern.compile("(?<![\\p{L}\\p{N}:.,/])(\\d{1,2}):(\\d{1,2})(?![\\p{N}:])");
	private static final Pattern AFTER_EXCLUDED = Pattern.compile("\\s*(?:Uhr|Stimmen|Mehrheit)\\b|,\\s?\\d");
	private static final Pattern BEFORE_EXCLUDED = Pattern.compile(
			"(?:\\b(?:zum|zur|auf|das|um|ab|Verhältnis|Maßstab|Quote)\\s+|[(/,])$", Pattern.UNICODE_CHARACTER_CLASS);
	/** A bracket after the result (half time) and a glued noun: 3:2 (2:1)-Erfolg. */
	private static final Pattern GLUED_NOUN = Pattern.compile("(?:\\s*\\([^)]{0,30}\\))?-(\\p{L}+)");
	private static final Pattern GAME_WORD = Pattern.compile(
			"sieg|niederlage|pleite|erfolg|\\btor|treffer|spiel|partie|remis|unentschieden|gewann|gewinn|besieg|bezw[ai]ng"
					+ "|\\bschlug|unterl[ai]g|verlor|verlier|liga|cup|pokal|finale|runde|match|saison|heim|auswärts",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> WIN_VERBS = Set.of("besiegen", "bezwingen", "schlagen", "gewinnen", "siegen");
	private static final Set<String> LOSS_VERBS = Set.of("unterliegen", "verlieren");
	private static final Set<String> OPPONENT_PREPOSITIONS = Set.of("gegen", "über", "bei", "beim");
	private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "–", "—", "und", "aber", "doch", "die", "der",
			"das", "nachdem", "als", "während", "weil", "dass");

	private Scores() {
	}

	/** The final results of the text, in order; none in a text that is not about a game. */
	static List<Score> of(AnalyzedText text) {
		String s = text.text();
		List<Score> scores = new ArrayList<>();
		if (!GAME_WORD.matcher(s.toLowerCase(Locale.GERMAN)).find()) {
			return scores;
		}
		Matcher m = RESULT.matcher(s);
		while (m.find()) {
			String before = s.substring(Math.max(0, m.start() - 20), m.start());
			String after = s.substring(m.end());
			if (BEFORE_EXCLUDED.matcher(before).find() || AFTER_EXCLUDED.matcher(after).lookingAt()
					|| clockTime(m.group(1), m.group(2))) {
				continue;
			}
			int token = tokenAt(text, m.start());
			if (token < 0) {
				continue;
			}
			Outcome outcome = Outcome.WRITTEN;
			Matcher glued = GLUED_NOUN.matcher(s).region(m.end(), s.length());
			if (glued.lookingAt()) {
				outcome = outcomeOfNoun(glued.group(1));
			}
			int verb = verbBefore(text, token);
			if (outcome == Outcome.WRITTEN && verb >= 0) {
				outcome = WIN_VERBS.contains(lemma(text, verb)) || durchsetzen(text, verb) ? Outcome.WON : Outcome.LOST;
			}
			if (verb < 0) {
				verb = durchsetzenAfter(text, token);
				if (verb >= 0 && outcome == Outcome.WRITTEN) {
					outcome = Outcome.WON;
				}
			}
			List<Integer> opponent = opponent(text, token, verb);
			List<Integer> subject = verb >= 0 ? subject(text, verb) : List.of();
			if (verb >= 0 && prepositionalPrefield(text, verb)) {
				List<List<Integer>> following = namesAfterVerb(text, verb, token);
				if (!following.isEmpty()) {
					subject = following.get(0);
					if (opponent.equals(subject)) {
						opponent = following.size() > 1 ? following.get(1) : List.of();
					}
				}
			}
			scores.add(new Score(m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), outcome,
					subject, opponent));
		}
		return scores;
	}

	/** Whether the two numbers may be a clock time (7:30, never 7:3 or 27:25). */
	private static boolean clockTime(String hours, String minutes) {
		return minutes.length() == 2 && Integer.parseInt(hours) <= 24 && Integer.parseInt(minutes) <= 59;
	}

	private static Outcome outcomeOfNoun(String noun) {
		String lower = noun.toLowerCase(Locale.GERMAN);
		if (lower.contains("sieg") || lower.contains("erfolg")) {
			return Outcome.WON;
		}
		if (lower.contains("niederlage") || lower.contains("pleite")) {
			return Outcome.LOST;
		}
		return Outcome.WRITTEN;
	}

	private static int tokenAt(AnalyzedText text, int offset) {
		List<Token> tokens = text.tokens();
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
				return i;
			}
		}
		return -1;
	}

	private static String lemma(AnalyzedText text, int token) {
		return text.lemmas().get(token).toLowerCase(Locale.GERMAN);
	}

	private static String word(AnalyzedText text, int token) {
		return text.tokens().get(token).text();
	}

	/** A verb of winning or losing before the result in its clause, or -1. */
	private static int verbBefore(AnalyzedText text, int token) {
		for (int i = token - 1; i >= 0; i--) {
			String lemma = lemma(text, i);
			if (WIN_VERBS.contains(lemma) || LOSS_VERBS.contains(lemma) || durchsetzen(text, i)) {
				return i;
			}
			if (CLAUSE_ENDS.contains(word(text, i).toLowerCase(Locale.GERMAN)) && !text.tags().get(i).equals("DET")) {
				return -1;
			}
		}
		return -1;
	}

	/** setzte sich … durch: a form of setzen with sich and the particle durch later in its clause. */
	private static boolean durchsetzen(AnalyzedText text, int token) {
		if (!lemma(text, token).equals("setzen")) {
			return false;
		}
		boolean sich = false;
		for (int i = token + 1; i < text.tokens().size(); i++) {
			String w = word(text, i).toLowerCase(Locale.GERMAN);
			sich |= w.equals("sich");
			if (w.equals("durch") && sich && (i + 1 == text.tokens().size() || text.tags().get(i + 1).equals("PUNCT"))) {
				return true;
			}
			if (w.equals(",") || w.equals(";")) {
				return false;
			}
		}
		return false;
	}

	/** A form of setzen before the result whose durch follows it (setzte sich … mit 3:1 durch), or -1. */
	private static int durchsetzenAfter(AnalyzedText text, int token) {
		for (int i = token - 1; i >= 0; i--) {
			if (durchsetzen(text, i)) {
				return i;
			}
			if (word(text, i).equals(",") || word(text, i).equals(";")) {
				return -1;
			}
		}
		return -1;
	}

	/** The names before the verb, up to the start of its clause. */
	private static List<Integer> subject(AnalyzedText text, int verb) {
		List<Integer> names = new ArrayList<>();
		for (int i = verb - 1; i >= 0; i--) {
			String w = word(text, i);
			if (w.equals(",") || w.equals(";") || w.equals("–") || w.equals(".")) {
				break;
			}
			if (isName(text, i)) {
				names.add(i);
			}
		}
		return names;
	}

	/**
	 * Whether the verb's clause opens with a prepositional phrase (Beim ersten Auftritt von X
	 * besiegten die Russen die Schweiz, Am Samstag schlug Rom Genua): the verb then comes second
	 * and its subject follows it; names before it are inside the phrase.
	 */
	private static boolean prepositionalPrefield(AnalyzedText text, int verb) {
		int first = verb;
		while (first > 0 && !CLAUSE_STARTS.contains(word(text, first - 1))) {
			first--;
		}
		return first < verb && text.tags().get(first).startsWith("ADP");
	}

	/** Punctuation after which a clause starts. */
	private static final Set<String> CLAUSE_STARTS = Set.of(",", ";", "–", ".", ":");

	/**
	 * The names after the verb and before the result that no preposition governs, each run of
	 * adjacent names one group, in order (die Russen … die Schweiz: [Russen], [Schweiz]).
	 */
	private static List<List<Integer>> namesAfterVerb(AnalyzedText text, int verb, int token) {
		List<List<Integer>> groups = new ArrayList<>();
		for (int i = verb + 1; i < token; i++) {
			if (!isSide(text, i)) {
				continue;
			}
			int before = i - 1;
			while (before > verb && (text.tags().get(before).equals("DET") || text.tags().get(before).equals("ADJ"))) {
				before--;
			}
			List<Integer> group = new ArrayList<>();
			int j = i;
			for (; j < token && isSide(text, j); j++) {
				group.add(j);
			}
			if (!(before > verb && text.tags().get(before).startsWith("ADP"))) {
				groups.add(List.copyOf(group));
			}
			i = j - 1;
		}
		return groups;
	}

	/** A name, or a country's inhabitants that the tagger takes for a noun (die Dänen). */
	private static boolean isSide(AnalyzedText text, int token) {
		return isName(text, token) || Countries.german().inhabitants(word(text, token)).isPresent();
	}

	private static boolean isName(AnalyzedText text, int token) {
		String tag = text.tags().get(token);
		String w = word(text, token);
		return tag.equals("PROPN") || (tag.equals("NUM") && !w.contains(":") && token > 0 && text.tags().get(token - 1).equals("PROPN"));
	}

	/**
	 * The opponent's name: the names after gegen, über, bei or beim near the result (before or after
	 * it, in its clause), else the names the verb takes as object (after the verb, not after a
	 * preposition).
	 */
	private static List<Integer> opponent(AnalyzedText text, int token, int verb) {
		int from = verb >= 0 ? verb + 1 : Math.max(0, token - 6);
		int to = Math.min(text.tokens().size(), token + 8);
		List<Integer> names = new ArrayList<>();
		for (int i = from; i < to; i++) {
			String w = word(text, i).toLowerCase(Locale.GERMAN);
			if (i > token && (w.equals(",") || w.equals(";") || w.equals("."))) {
				break;
			}
			if (OPPONENT_PREPOSITIONS.contains(w)) {
				names.clear();
				for (int j = i + 1; j < to; j++) {
					if (isName(text, j)) {
						names.add(j);
					} else if (!names.isEmpty() || !(text.tags().get(j).equals("DET") || text.tags().get(j).equals("ADJ")
							|| text.tags().get(j).equals("NOUN"))) {
						break;
					}
				}
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		if (verb < 0) {
			return names;
		}
		for (int i = verb + 1; i < token; i++) {
			if (isName(text, i)) {
				int before = i - 1;
				while (before > verb && (text.tags().get(before).equals("DET") || text.tags().get(before).equals("ADJ"))) {
					before--;
				}
				if (before > verb && text.tags().get(before).startsWith("ADP")) {
					continue;
				}
				for (int j = i; j < token && isName(text, j); j++) {
					names.add(j);
				}
				return names;
			}
		}
		return names;
	}
}
