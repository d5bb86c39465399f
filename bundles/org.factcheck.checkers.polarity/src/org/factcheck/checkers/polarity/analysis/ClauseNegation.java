package org.factcheck.checkers.polarity.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.aspects.RefusedAct;
import org.factcheck.evidence.terms.NegationCues;

/**
 * The negation words of one clause that bear on its statement.
 *
 * @param cues      tokens that negate the clause (nicht, kein, nie, weder, ohne opening the clause);
 *                  for a clause with the act a verb of refusal denies (weigerte sich, die Miete zu
 *                  zahlen: {@link RefusedAct}), that verb, also where it stands in the clause before
 * @param focused   prepositions that negate only the noun after them (ohne Scorerpunkt)
 * @param partlyNegated whether the clause negates only partly (nicht immer, nicht alle, fast kein,
 *                  kaum): it neither states nor denies its statement, but denies part of it
 * @param hedged    whether the clause hedges or qualifies without negating (vielleicht, teilweise,
 *                  meist): it neither states nor denies its statement
 * @param negated   for a contrastive negation (nicht X, sondern Y): the tokens from the negation to
 *                  sondern; else empty
 * @param corrected for a contrastive negation: the tokens after sondern; else empty
 */
public record ClauseNegation(List<Integer> cues, List<Focus> focused, boolean partlyNegated, boolean hedged, List<Integer> negated,
		List<Integer> corrected) {

	/** A negation of the noun phrase after a preposition: the preposition and the noun. */
	public record Focus(int cue, int noun) {
	}

	/** How far after ohne its noun may stand. */
	private static final int FOCUS_REACH = 5;

	public ClauseNegation {
		cues = List.copyOf(cues);
		focused = List.copyOf(focused);
		negated = List.copyOf(negated);
		corrected = List.copyOf(corrected);
	}

	/** Whether the clause negates only partly or hedges: it neither states nor denies its statement. */
	public boolean partial() {
		return partlyNegated || hedged;
	}

	public boolean isContrastive() {
		return !corrected.isEmpty();
	}

	static ClauseNegation of(Clause clause, List<Clause> clauses, List<Word> all, List<RefusedAct> refusals) {
		List<Integer> members = clause.tokens();
		List<String> words = members.stream().map(i -> all.get(i).text()).toList();
		List<String> tags = all.stream().map(Word::tag).toList();
		boolean[] neutral = new boolean[members.size()];
		boolean partlyNegated = false;
		boolean hedged = false;
		for (NegationCues.Phrase phrase : NegationCues.german().phrases(words)) {
			partlyNegated |= phrase.effect() == NegationCues.Effect.PARTIAL;
			hedged |= phrase.effect() == NegationCues.Effect.HEDGE;
			for (int k = phrase.first(); k <= phrase.last(); k++) {
				neutral[k] = true;
			}
		}
		List<Integer> cues = new ArrayList<>();
		List<Focus> focused = new ArrayList<>();
		for (int k = 0; k < members.size(); k++) {
			Word word = all.get(members.get(k));
			NegationCues.Scope scope = NegationCues.german().scope(word.text(), word.tag().equals("VERB"), word.verbForms());
			if (scope == null || scope == NegationCues.Scope.REFUSAL || neutral[k] || isSuperlative(k, members, words, tags)) {
				continue;
			}
			int token = members.get(k);
			if (scope != NegationCues.Scope.FOCUS || token == clause.opener()) {
				cues.add(token);
				continue;
			}
			for (int j = k + 1; j < members.size() && j <= k + FOCUS_REACH; j++) {
				String tag = tags.get(members.get(j));
				if (tag.equals("NOUN") || tag.equals("PROPN")) {
					focused.add(new Focus(token, members.get(j)));
					break;
				}
			}
		}
		if (cues.isEmpty() && focused.isEmpty()) {
			refusals.stream().filter(refusal -> clause.contains(refusal.act())).findFirst()
					.ifPresent(refusal -> cues.add(refusal.verb()));
		}
		List<Integer> negated = new ArrayList<>();
		List<Integer> corrected = new ArrayList<>();
		if (!cues.isEmpty()) {
			contrast(clause, clauses, all, members, cues.get(0), negated, corrected);
		}
		return new ClauseNegation(cues, focused, partlyNegated, hedged, negated, corrected);
	}

	/**
	 * A superlative said with a negation: noch nie so viele (never before so many), kein Land hat
	 * mehr aufgenommen als die Türkei (no country more than Turkey).
	 */
	private static boolean isSuperlative(int k, List<Integer> members, List<String> words, List<String> tags) {
		String word = words.get(k).toLowerCase(Locale.GERMAN);
		boolean never = word.equals("nie") || word.equals("niemals");
		boolean comparative = false;
		for (int j = k + 1; j < members.size(); j++) {
			String next = words.get(j).toLowerCase(Locale.GERMAN);
			String followingTag = j + 1 < members.size() ? tags.get(members.get(j + 1)) : "";
			if (never && next.equals("so") && (followingTag.equals("ADJ") || followingTag.equals("ADV")
					|| followingTag.startsWith("DET") || followingTag.equals("PRON"))) {
				return true;
			}
			if (next.equals("als") && comparative) {
				return true;
			}
			String tag = tags.get(members.get(j));
			comparative |= next.equals("mehr") || next.equals("weniger")
					|| (tag.equals("ADJ") || tag.equals("ADV")) && next.endsWith("er") && next.length() > 4;
		}
		return false;
	}

	private static void contrast(Clause clause, List<Clause> clauses, List<Word> tokens, List<Integer> members, int cue,
			List<Integer> negated, List<Integer> corrected) {
		int sondern = -1;
		for (int token : members) {
			if (token > cue && tokens.get(token).text().equalsIgnoreCase("sondern")) {
				sondern = token;
				break;
			}
		}
		if (sondern >= 0) {
			for (int token : members) {
				if (token >= cue && token < sondern) {
					negated.add(token);
				} else if (token > sondern) {
					corrected.add(token);
				}
			}
			return;
		}
		if (clause.index() + 1 < clauses.size()) {
			Clause next = clauses.get(clause.index() + 1);
			if (tokens.get(next.first()).text().equalsIgnoreCase("sondern")) {
				members.stream().filter(token -> token >= cue).forEach(negated::add);
				next.tokens().stream().filter(token -> token != next.first()).forEach(corrected::add);
			}
		}
	}
}
