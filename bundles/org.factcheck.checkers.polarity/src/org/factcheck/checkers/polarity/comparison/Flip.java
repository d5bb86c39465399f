package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Set;

import org.factcheck.checkers.polarity.clauses.Clause;

/**
 * A clause of the claim and the clause of a sentence that states the same with the opposite
 * polarity.
 *
 * @param claimClause     the claim's clause
 * @param sentenceClause  the sentence's clause
 * @param kind            what makes the polarity opposite
 * @param claimWords      tokens of the claim that say it: the predicate, its particle and negations
 * @param sentenceWords   tokens of the sentence that say it
 * @param claimPolarity   tokens of the claim whose counterpart in the sentence is a negation or an
 *                        opposite word (not counted when comparing the rest of the statement)
 * @param sentenceCues    tokens of the sentence that flip it: its negations and opposite words
 * @param overlap         weight of the claim clause's content words the sentence clause contains
 */
public record Flip(Clause claimClause, Clause sentenceClause, Kind kind, List<Integer> claimWords,
		List<Integer> sentenceWords, Set<Integer> claimPolarity, List<Integer> sentenceCues, double overlap) {

	/** What makes the polarity opposite. */
	public enum Kind {
		/** One of them is negated (nicht, kein …), the other is not. */
		NEGATION,
		/** They use opposite words (steigen/sinken), possibly both negated. */
		OPPOSITE
	}

	public Flip {
		claimWords = List.copyOf(claimWords);
		sentenceWords = List.copyOf(sentenceWords);
		claimPolarity = Set.copyOf(claimPolarity);
		sentenceCues = List.copyOf(sentenceCues);
	}
}
