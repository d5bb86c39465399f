package org.factcheck.text.tokens;

/**
 * A token with its part of speech and lemma.
 *
 * @param tag   the Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ADJ, NUM ...)
 * @param lemma the base form in lower case (Truppen → truppe, sagte → sagen); the lower-cased
 *              token when the model knows none
 */
public record TaggedToken(Token token, String tag, String lemma) {
}
