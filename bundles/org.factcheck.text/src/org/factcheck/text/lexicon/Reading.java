package org.factcheck.text.lexicon;

/**
 * One reading of a word form in the German lexicon: its lemma and morphological tag, e.g.
 * {@code Gespräche} → {@code Gespräch / SUB:NOM:PLU:NEU}, {@code Nordkoreas} →
 * {@code Nordkorea / EIG:GEN:SIN:NEU:ART:COU}.
 *
 * @param lemma the base form as the lexicon writes it
 * @param tag   the tag (word class first: SUB noun, VER verb, ADJ adjective, EIG proper name,
 *              PA2 participle, NEG negation, PRO pronoun, ...)
 */
public record Reading(String lemma, String tag) {

	public boolean isNoun() {
		return tag.startsWith("SUB");
	}

	public boolean isVerb() {
		return tag.startsWith("VER");
	}

	public boolean isAdjective() {
		return tag.startsWith("ADJ") || tag.startsWith("PA1") || tag.startsWith("PA2");
	}

	public boolean isName() {
		return tag.startsWith("EIG");
	}

	/** What kind of name this is, for a proper-name reading. */
	public NameCategory nameCategory() {
		if (!isName()) {
			return NameCategory.NONE;
		}
		return NameCategory.ofTag(tag.substring(tag.lastIndexOf(':') + 1));
	}
}
