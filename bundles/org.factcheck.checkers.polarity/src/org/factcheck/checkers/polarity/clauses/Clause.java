package org.factcheck.checkers.polarity.clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause of a sentence: one or more token spans (a main clause interrupted by a relative clause
 * has two).
 *
 * @param index     position among the sentence's clauses
 * @param spans     its tokens, in text order, punctuation between clauses excluded
 * @param kind      what it contributes to the sentence's statement
 * @param governor  for a complement, the clause it completes; else -1
 * @param opener    the token that opens a subordinate clause (dass, weil, der …), or -1
 * @param verb      the finite verb a separated particle belongs to, or -1
 * @param particle  the separated verb particle at the end of the clause (lehnte … ab), or -1
 */
public record Clause(int index, List<Span> spans, ClauseKind kind, int governor, int opener, int verb, int particle) {

	public Clause {
		spans = List.copyOf(spans);
	}

	public boolean contains(int token) {
		for (int i = 0; i < spans.size(); i++) {
			if (spans.get(i).contains(token)) {
				return true;
			}
		}
		return false;
	}

	public int first() {
		return spans.get(0).first();
	}

	public int last() {
		return spans.get(spans.size() - 1).last();
	}

	/** Its token indexes in text order. */
	public List<Integer> tokens() {
		List<Integer> tokens = new ArrayList<>();
		for (Span span : spans) {
			for (int i = span.first(); i <= span.last(); i++) {
				tokens.add(i);
			}
		}
		return tokens;
	}
}
