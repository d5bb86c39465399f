package org.factcheck.text.tokens;

import java.util.List;
import java.util.regex.Pattern;

import org.factcheck.text.lexicon.GermanLexicon;

/**
 * A sentence the tagger leaves without any verb although a word it takes for an adjective is a
 * finite verb form ({@code Die Opposition unterstützt das Gesetz}: unterstützt is also a participle).
 * A German sentence has a finite verb: the first such word right after a noun or pronoun is its verb.
 */
final class VerblessSentences {

	/** A lexicon tag of a finite verb form of the third person (VER:3:SIN:PRÄ:SFT, VER:MOD:3:PLU:PRT). */
	private static final Pattern THIRD_PERSON_FINITE = Pattern.compile("VER:(?:MOD:|AUX:)?3:(?:SIN|PLU):(?:PRÄ|PRT).*");

	private VerblessSentences() {
	}

	/** Tags the finite verb of a sentence the tagger left without one, in place. */
	static void restoreFiniteVerb(List<Token> tokens, List<String> tags) {
		if (tags.contains("VERB") || tags.contains("AUX")) {
			return;
		}
		for (int i = 1; i < tags.size(); i++) {
			String word = tokens.get(i).text();
			if (tags.get(i).equals("ADJ") && isNominal(tags.get(i - 1)) && Character.isLowerCase(word.charAt(0))
					&& GermanLexicon.german().readings(word).stream().anyMatch(r -> THIRD_PERSON_FINITE.matcher(r.tag()).matches())) {
				tags.set(i, "VERB");
				return;
			}
		}
	}

	private static boolean isNominal(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
	}
}
