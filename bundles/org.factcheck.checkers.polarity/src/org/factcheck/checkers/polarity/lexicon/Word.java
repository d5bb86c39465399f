package org.factcheck.checkers.polarity.lexicon;

import java.util.Set;

/**
 * A token as the polarity lexicon sees it.
 *
 * @param index     position among the text's tokens
 * @param text      the token as written
 * @param tag       its Universal Dependencies part of speech
 * @param key       comparison key (lower case, stemmed, umlauts folded)
 * @param headKey   key of the last part of a compound ({@code Stimmenzuwachs} → zuwach), else the key
 * @param verbForms the infinitives it may be a form of, including a separated particle of the
 *                  clause ({@code lehnte … ab} → ablehnen); empty for words that are no verb forms
 */
public record Word(int index, String text, String tag, String key, String headKey, Set<String> verbForms) {

	public Word {
		verbForms = Set.copyOf(verbForms);
	}

	public boolean isNoun() {
		return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("X");
	}

	public boolean isVerbLike() {
		return !verbForms.isEmpty();
	}
}
