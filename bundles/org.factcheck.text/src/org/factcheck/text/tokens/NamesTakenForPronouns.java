package org.factcheck.text.tokens;

import java.util.List;
import java.util.Set;

import org.factcheck.text.lexicon.GermanLexicon;

/**
 * A name the tagger takes for a pronoun, an article or a preposition: the German model tags some
 * unknown capitalised words at the start of a sentence so (Yousef wurde nie verhaftet: PRON), which
 * drops them from every comparison. These are closed classes the lexicon knows in full, so a
 * capitalised word of letters it has no reading for is none of them but a proper noun.
 */
final class NamesTakenForPronouns {

	private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP");

	private NamesTakenForPronouns() {
	}

	/** Retags, in place, the unknown capitalised words among {@code tokens} tagged with a closed class. */
	static void retag(List<Token> tokens, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			String word = tokens.get(i).text();
			if (CLOSED_CLASSES.contains(tags.get(i)) && word.length() > 1 && Character.isUpperCase(word.charAt(0))
					&& word.chars().allMatch(Character::isLetter) && GermanLexicon.german().readings(word).isEmpty()) {
				tags.set(i, "PROPN");
			}
		}
	}
}
