package org.factcheck.checkers.dates.compare;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.text.tokens.Token;

/**
 * The clauses of an analysed text, roughly: the stretches between commas, semicolons, colons,
 * brackets and dashes, where a stretch without a verb belongs to the clause before it
 * ({@code …, und zwar im März 2015 in Miami}). A date in a relative or subordinate clause
 * ({@code …, nachdem Trump am 5. November gewählt worden war}) is thereby kept apart from the
 * main statement.
 */
public final class Clauses {

	private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "(", ")", "[", "]", "–", "—", "-");

	private final List<Token> tokens;
	private final int[] clauseOfToken;

	private Clauses(List<Token> tokens, int[] clauseOfToken) {
		this.tokens = tokens;
		this.clauseOfToken = clauseOfToken;
	}

	public static Clauses of(AnalyzedText text) {
		List<Token> tokens = text.tokens();
		List<String> tags = text.tags();
		int[] clause = new int[tokens.size()];
		int current = 0;
		int stretchStart = 0;
		for (int i = 0; i <= tokens.size(); i++) {
			boolean boundary = i == tokens.size()
					|| "PUNCT".equals(tags.get(i)) && BOUNDARIES.contains(tokens.get(i).text());
			if (!boundary) {
				continue;
			}
			int stretchEnd = Math.min(i + 1, tokens.size());
			if (stretchStart > 0 && hasVerb(tags, stretchStart, stretchEnd)) {
				current++;
			}
			for (int j = stretchStart; j < stretchEnd; j++) {
				clause[j] = current;
			}
			stretchStart = stretchEnd;
		}
		return new Clauses(tokens, clause);
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
