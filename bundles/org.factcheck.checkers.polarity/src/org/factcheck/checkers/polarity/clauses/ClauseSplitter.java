package org.factcheck.checkers.polarity.clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.factcheck.checkers.polarity.lexicon.VerbForms;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.tokens.Token;

/**
 * Splits a tagged German sentence into clauses: at commas and other clause punctuation, and at
 * coordinating conjunctions that join two clauses with verbs of their own. Subordinate clauses are
 * recognised by their first word ({@code data/clause-openers.txt}: dass, weil, wenn, relative
 * pronouns) or as zu-infinitives; fragments without a verb (appositions, list items) stay with
 * their clause, and a main clause interrupted by a relative clause is joined again. Each clause
 * knows the particle of a separable verb at its end ({@code lehnte … ab}). Thread-safe.
 */
public final class ClauseSplitter {

	private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "–", "—", "-", "!", "?", "…");
	private static final Set<String> COORDINATORS = Set.of("und", "oder", "aber", "doch", "sondern", "denn", "sowie");
	private static final Set<String> QUESTION_WORDS = Set.of("wie", "warum", "weshalb", "weswegen", "wieso", "wer",
			"wann", "wohin", "woher", "wenn", "falls", "sofern", "ob");
	/**
	 * Particles that may stand before the wenn of a concessive clause opening a sentence (auch wenn, selbst wenn);
	 * inside a sentence, a missing comma may join such a clause with the main clause after it.
	 */
	private static final Set<String> FOCUS_PARTICLES = Set.of("auch", "selbst", "sogar");
	private static final Set<String> INFINITIVE_OPENERS = Set.of("um", "statt", "anstatt", "außer");

	private static final class Holder {
		static final ClauseSplitter GERMAN = new ClauseSplitter();
	}

	private final Map<String, ClauseKind> openers = new HashMap<>();

	private ClauseSplitter() {
		for (String[] row : DataFile.table(ClauseSplitter.class, "data/clause-openers.txt", 2)) {
			openers.put(row[0].toLowerCase(Locale.GERMAN), ClauseKind.valueOf(row[1].toUpperCase(Locale.ROOT)));
		}
	}

	public static ClauseSplitter german() {
		return Holder.GERMAN;
	}

	/** A clause being assembled. */
	private static final class Draft {
		final List<Span> spans = new ArrayList<>();
		final ClauseKind kind;
		final int opener;
		boolean verbs;
		int governor = -1;

		Draft(ClauseKind kind, int opener, Span span, boolean verbs) {
			this.kind = kind;
			this.opener = opener;
			this.spans.add(span);
			this.verbs = verbs;
		}
	}

	private record Opening(ClauseKind kind, int opener) {
	}

	/** The clauses of a sentence, in text order. */
	public List<Clause> split(List<Token> tokens, List<String> tags) {
		List<Draft> drafts = new ArrayList<>();
		Draft pending = null;
		for (Span segment : segments(tokens, tags)) {
			boolean verbs = isClause(segment, tokens, tags);
			if (!verbs && !negated(segment, tokens)) {
				Opening subordinate = pending == null && !drafts.isEmpty() ? opening(segment, tokens, tags) : null;
				if (subordinate != null && subordinate.opener() >= 0 && subordinate.kind() == ClauseKind.COMPLEMENT) {
					// A list right after dass (dass A, B und C helfen): the clause goes on after the commas.
					pending = new Draft(ClauseKind.COMPLEMENT, subordinate.opener(), segment, false);
					pending.governor = drafts.size() - 1;
				} else if (pending == null && !drafts.isEmpty()) {
					Draft host = interruptedMainClause(drafts);
					(host != null ? host : drafts.get(drafts.size() - 1)).spans.add(segment);
				} else if (pending == null) {
					pending = new Draft(ClauseKind.MAIN, -1, segment, false);
				} else {
					pending.spans.add(segment);
				}
				continue;
			}
			if (pending != null && pending.kind != ClauseKind.MAIN) {
				if (!startsWithVerb(segment, tokens, tags)) {
					pending.spans.add(segment);
					pending.verbs = true;
					drafts.add(pending);
					pending = null;
					continue;
				}
				drafts.get(drafts.size() - 1).spans.addAll(pending.spans);
				pending = null;
			}
			if (!drafts.isEmpty() && startsWithVerb(segment, tokens, tags)) {
				Draft host = interruptedMainClause(drafts);
				if (host != null && !host.verbs) {
					host.spans.add(segment);
					host.verbs = true;
					continue;
				}
				if (!hasNominal(segment, tags)) {
					drafts.get(drafts.size() - 1).spans.add(segment);
					continue;
				}
			}
			Opening opening = opening(segment, tokens, tags);
			Draft draft = new Draft(opening.kind(), opening.opener(), segment, true);
			if (pending != null) {
				if (opening.kind() == ClauseKind.MAIN) {
					draft.spans.addAll(0, pending.spans);
				} else {
					drafts.add(pending);
				}
				pending = null;
			}
			if (draft.kind == ClauseKind.COMPLEMENT && !drafts.isEmpty()) {
				draft.governor = drafts.size() - 1;
			}
			drafts.add(draft);
		}
		if (pending != null) {
			if (drafts.isEmpty()) {
				drafts.add(pending);
			} else {
				drafts.get(drafts.size() - 1).spans.addAll(pending.spans);
			}
		}
		List<Clause> clauses = new ArrayList<>(drafts.size());
		for (Draft draft : drafts) {
			clauses.add(finish(clauses.size(), draft, tokens, tags));
		}
		return clauses;
	}

	/** An elliptical clause with a negation of its own (…, Mikl-Leitner aber nicht). */
	private static boolean negated(Span segment, List<Token> tokens) {
		for (int i = segment.first(); i <= segment.last(); i++) {
			if (NegationCues.german().scope(tokens.get(i).text()) != null) {
				return true;
			}
		}
		return false;
	}

	/** Runs of tokens between clause punctuation, further split at conjunctions joining two clauses. */
	private static List<Span> segments(List<Token> tokens, List<String> tags) {
		List<Span> segments = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= tokens.size(); i++) {
			if (i == tokens.size() || BOUNDARIES.contains(tokens.get(i).text())) {
				if (i > start) {
					splitAtConjunctions(new Span(start, i - 1), tokens, tags, segments);
				}
				start = i + 1;
			}
		}
		return segments;
	}

	private static void splitAtConjunctions(Span segment, List<Token> tokens, List<String> tags, List<Span> out) {
		int start = segment.first();
		for (int i = segment.first() + 1; i < segment.last(); i++) {
			if (tags.get(i).equals("CCONJ") && COORDINATORS.contains(lower(tokens, i))
					&& hasVerb(new Span(start, i - 1), tags) && hasVerb(new Span(i + 1, segment.last()), tags)) {
				out.add(new Span(start, i - 1));
				start = i;
			}
		}
		out.add(new Span(start, segment.last()));
	}

	private Opening opening(Span segment, List<Token> tokens, List<String> tags) {
		int i = segment.first();
		while (i < segment.last() && (tags.get(i).equals("PUNCT") || tags.get(i).equals("CCONJ"))) {
			i++;
		}
		if (segment.first() == 0 && i < segment.last() && FOCUS_PARTICLES.contains(lower(tokens, i))
				&& lower(tokens, i + 1).equals("wenn")) {
			i++; // a sentence opening with auch wenn, selbst wenn: a concessive condition
		}
		String word = lower(tokens, i);
		String tag = tags.get(i);
		boolean infinitive = hasZuInfinitive(segment, tokens, tags);
		if (word.equals("ohne") && (infinitive || i < segment.last() && lower(tokens, i + 1).equals("dass"))) {
			return new Opening(ClauseKind.ADVERBIAL, i);
		}
		ClauseKind listed = openers.get(word);
		if (listed == ClauseKind.RELATIVE && isPronoun(tag) && segment.first() > 0) {
			return new Opening(ClauseKind.RELATIVE, i);
		}
		if ((listed == ClauseKind.COMPLEMENT || listed == ClauseKind.ADVERBIAL) && tag.equals("SCONJ")) {
			return new Opening(listed, i);
		}
		if (listed == ClauseKind.UNASSERTED && ReasonQuestion.opens(segment, tokens, tags)) {
			return new Opening(ClauseKind.MAIN, -1);
		}
		if (listed == ClauseKind.UNASSERTED && (tag.equals("SCONJ") || QUESTION_WORDS.contains(word)
				|| INFINITIVE_OPENERS.contains(word) && infinitive)) {
			return new Opening(ClauseKind.UNASSERTED, i);
		}
		if (tag.startsWith("ADP") && i < segment.last() && openers.get(lower(tokens, i + 1)) == ClauseKind.RELATIVE
				&& (isPronoun(tags.get(i + 1)) || segment.first() > 0 && pronounTakenForArticle(segment, i + 1, tags))) {
			return new Opening(ClauseKind.RELATIVE, i + 1);
		}
		return new Opening(infinitive ? ClauseKind.COMPLEMENT : ClauseKind.MAIN, -1);
	}

	/**
	 * A relative pronoun after a preposition that the tagger took for an article (in dem Müller wohnte):
	 * no common noun follows it, and the clause ends with its finite verb, as a relative clause does
	 * and a main clause opening with a prepositional phrase (in dem Haus wohnte er) does not.
	 */
	private static boolean pronounTakenForArticle(Span segment, int pronoun, List<String> tags) {
		int last = segment.last();
		while (last > pronoun && tags.get(last).equals("PUNCT")) {
			last--;
		}
		return tags.get(pronoun).equals("DET") && pronoun < last && !tags.get(pronoun + 1).equals("NOUN")
				&& !tags.get(pronoun + 1).equals("ADJ") && (tags.get(last).equals("VERB") || tags.get(last).equals("AUX"));
	}

	/**
	 * The main clause a relative or adverbial clause interrupted, which what follows continues: the
	 * last main clause still without a verb, else the last main clause.
	 */
	private static Draft interruptedMainClause(List<Draft> drafts) {
		Draft previous = drafts.get(drafts.size() - 1);
		if (previous.kind == ClauseKind.MAIN || previous.kind == ClauseKind.COMPLEMENT) {
			return null;
		}
		Draft main = null;
		for (int k = drafts.size() - 2; k >= 0; k--) {
			Draft draft = drafts.get(k);
			if (draft.kind == ClauseKind.MAIN && !draft.verbs) {
				return draft;
			}
			if (draft.kind == ClauseKind.MAIN && main == null) {
				main = draft;
			}
		}
		return main;
	}

	private static Clause finish(int index, Draft draft, List<Token> tokens, List<String> tags) {
		Clause plain = new Clause(index, draft.spans, draft.kind, draft.governor, draft.opener, -1, -1);
		List<Integer> members = plain.tokens();
		int last = members.size() - 1;
		while (last > 0 && (tags.get(members.get(last)).equals("PUNCT") || !isWordToken(tokens.get(members.get(last))))) {
			last--;
		}
		int candidate = members.get(last);
		String tag = tags.get(candidate);
		if (!(tag.equals("ADP") || tag.equals("ADV") || tag.equals("PART"))
				|| !VerbForms.german().isSeparablePrefix(tokens.get(candidate).text())) {
			return plain;
		}
		for (int k = 0; k < last; k++) {
			if (tags.get(members.get(k)).equals("VERB")) {
				return new Clause(index, draft.spans, draft.kind, draft.governor, draft.opener, members.get(k), candidate);
			}
		}
		for (int k = 0; k < last; k++) {
			if (tags.get(members.get(k)).equals("ADJ") && !modifiesNext(members.get(k), tags)) {
				return new Clause(index, draft.spans, draft.kind, draft.governor, draft.opener, members.get(k), candidate);
			}
		}
		return plain;
	}

	/** An adjective followed by the noun (or further adjective) it modifies; a mistagged verb is not. */
	private static boolean modifiesNext(int token, List<String> tags) {
		if (token + 1 >= tags.size()) {
			return false;
		}
		String next = tags.get(token + 1);
		return next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ") || next.equals("NUM");
	}

	/**
	 * Whether a segment is a clause of its own: it has a verb, or ends with the particle of a verb the
	 * tagger missed (sein Land schließe die Möglichkeit nicht aus).
	 */
	private static boolean isClause(Span segment, List<Token> tokens, List<String> tags) {
		if (hasVerb(segment, tags)) {
			return true;
		}
		int last = segment.last();
		while (last > segment.first() && !isWordToken(tokens.get(last))) {
			last--;
		}
		String tag = tags.get(last);
		return last > segment.first() && (tag.equals("ADP") || tag.equals("ADV") || tag.equals("PART"))
				&& VerbForms.german().isSeparablePrefix(tokens.get(last).text());
	}

	private static boolean hasZuInfinitive(Span segment, List<Token> tokens, List<String> tags) {
		for (int i = segment.first(); i <= segment.last(); i++) {
			if (!tags.get(i).equals("VERB") && !tags.get(i).equals("AUX")) {
				continue;
			}
			if (i > segment.first() && lower(tokens, i - 1).equals("zu") && tags.get(i - 1).equals("PART")
					|| tags.get(i).equals("VERB") && VerbForms.german().hasZuInfix(tokens.get(i).text())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasVerb(Span segment, List<String> tags) {
		for (int i = segment.first(); i <= segment.last(); i++) {
			if (tags.get(i).equals("VERB") || tags.get(i).equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasNominal(Span segment, List<String> tags) {
		for (int i = segment.first(); i <= segment.last(); i++) {
			String tag = tags.get(i);
			if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM")) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithVerb(Span segment, List<Token> tokens, List<String> tags) {
		for (int i = segment.first(); i <= segment.last(); i++) {
			if (isWordToken(tokens.get(i))) {
				return tags.get(i).equals("VERB") || tags.get(i).equals("AUX");
			}
		}
		return false;
	}

	private static boolean isPronoun(String tag) {
		return tag.equals("PRON") || tag.equals("ADV");
	}

	private static boolean isWordToken(Token token) {
		String text = token.text();
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit((int) text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static String lower(List<Token> tokens, int i) {
		return tokens.get(i).text().toLowerCase(Locale.GERMAN);
	}
}
