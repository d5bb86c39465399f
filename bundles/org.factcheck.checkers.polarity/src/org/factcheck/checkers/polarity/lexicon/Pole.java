package org.factcheck.checkers.polarity.lexicon;

/**
 * Where a word or phrase stands in the antonym lexicon.
 *
 * @param pair     the line of the lexicon (one pair of opposite poles)
 * @param side     0 for the first pole, 1 for the opposite one
 * @param first    index of the first token of the word or phrase
 * @param last     index of its last token
 * @param modifier whether it is an adjective, adverb or quantifier (stark, mehr) rather than a verb,
 *                 noun or phrase: such a word says something only about what it modifies
 */
public record Pole(int pair, int side, int first, int last, boolean modifier) {

	public boolean opposes(Pole other) {
		return pair == other.pair && side != other.side;
	}

	public boolean sameSideAs(Pole other) {
		return pair == other.pair && side == other.side;
	}
}
