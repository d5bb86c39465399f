package org.factcheck.checkers.dates.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.tokens.Token;

/**
 * The clauses of an analysed text, roughly: the stretches between commas, semicolons, colons,
 * brackets and dashes, where a stretch without a verb belongs to the clause before it
 * ({@code …, und zwar im März 2015 in Miami}). A date in a relative or subordinate clause
 * ({@code …, nachdem Trump am 5. November gewählt worden war}) is thereby kept apart from the
 * main statement. A bracketed aside is a clause of its own ({@code (APA, 12.9.2015)}), and the text
 * after it continues the clause before it; so does the text after a relative clause between commas
 * that ends in its verb ({@code dass sie mit der Vorbereitung für Türken, die in die EU einreisen,
 * bereits am 1. Mai fertig sein werde}), unless a conjunction opens a clause of its own there.
 */
public final class Clauses {

	private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "(", ")", "[", "]", "–", "—", "-");
	private static final Set<String> OPENERS = Set.of("(", "[");
	private static final Set<String> CLOSERS = Set.of(")", "]");

	/** Pronouns that open a relative clause. */
	private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen", "deren",
			"welcher", "welche", "welches", "welchem", "welchen");

	private final List<Token> tokens;
	private final int[] clauseOfToken;

	private Clauses(List<Token> tokens, int[] clauseOfToken) {
		this.tokens = tokens;
		this.clauseOfToken = clauseOfToken;
	}

	public static Clauses of(AnalyzedText text) {
		List<Token> tokens = text.tokens();
		List<String> tags = text.tags();
		int n = tokens.size();
		int[] clause = new int[n];
		int current = 0;
		int next = 1;
		Deque<Integer> outer = new ArrayDeque<>();
		String opener = null;
		int start = 0;
		int beforeRelative = -1;
		for (int i = 0; i <= n; i++) {
			if (i < n && !("PUNCT".equals(tags.get(i)) && BOUNDARIES.contains(tokens.get(i).text()))) {
				continue;
			}
			int id;
			int resumed = beforeRelative;
			beforeRelative = -1;
			if (start == 0) {
				id = current;
			} else if (OPENERS.contains(opener)) {
				outer.push(current);
				id = next++;
			} else if (CLOSERS.contains(opener) && !outer.isEmpty()) {
				id = outer.pop();
			} else if (",".equals(opener) && relativeClause(tokens, tags, start, i)) {
				beforeRelative = current;
				id = next++;
			} else if (resumed >= 0 && ",".equals(opener) && start < i && !opensClause(tags.get(start))) {
				id = resumed;
			} else if (hasVerb(tags, start, i)) {
				id = next++;
			} else {
				id = current;
			}
			for (int j = start; j < Math.min(i + 1, n); j++) {
				clause[j] = id;
			}
			current = id;
			opener = i < n ? tokens.get(i).text() : null;
			start = i + 1;
		}
		return new Clauses(tokens, clause);
	}

	/**
	 * A stretch after a comma that opens with a relative pronoun, perhaps after a preposition (die in
	 * die EU einreisen, für die er stimmte), ends in its verb and is closed by a comma.
	 */
	private static boolean relativeClause(List<Token> tokens, List<String> tags, int from, int to) {
		if (to >= tokens.size() || !tokens.get(to).text().equals(",") || to - from < 2) {
			return false;
		}
		int pronoun = tags.get(from).equals("ADP") ? from + 1 : from;
		return RELATIVE_PRONOUNS.contains(tokens.get(pronoun).text().toLowerCase(Locale.GERMAN))
				&& (tags.get(to - 1).equals("VERB") || tags.get(to - 1).equals("AUX"));
	}

	/** Word classes that open a clause of their own after a comma (und, aber, dass, weil). */
	private static boolean opensClause(String tag) {
		return tag.equals("CCONJ") || tag.equals("SCONJ");
	}

	private static boolean hasVerb(List<String> tags, int from, int to) {
		for (int i = from; i < to; i++) {
			if (tags.get(i).equals("VERB") || tags.get(i).equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	/** The clause of the token with this index. */
	public int ofToken(int tokenIndex) {
		return clauseOfToken[tokenIndex];
	}

	/** The clause of the token covering (or first after) this offset. */
	public int at(int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).end() > offset) {
				return clauseOfToken[i];
			}
		}
		return tokens.isEmpty() ? 0 : clauseOfToken[tokens.size() - 1];
	}
}
