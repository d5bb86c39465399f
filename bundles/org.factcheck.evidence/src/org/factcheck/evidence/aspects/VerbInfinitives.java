package org.factcheck.evidence.aspects;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;

/**
 * The infinitives a verb of a clause may stand for: its lemma, and its lemma with each particle,
 * preposition or adverb after it in the clause (lehnte es ab: ablehnen; wendete die Gefahr ab:
 * abwenden), for looking the verb up in the lists of refusing and negating verbs.
 */
final class VerbInfinitives {

	private VerbInfinitives() {
	}

	static Set<String> of(AnalyzedText text, int verb) {
		Set<String> infinitives = new LinkedHashSet<>();
		String lemma = text.lemmas().get(verb).toLowerCase(Locale.GERMAN);
		infinitives.add(lemma);
		for (int j = verb + 1; j < text.tokens().size() && !ClauseBoundary.at(text, j); j++) {
			String tag = text.tags().get(j);
			if (tag.equals("ADP") || tag.equals("PART") || tag.equals("ADV")) {
				infinitives.add(text.lowerCaseWords().get(j) + lemma);
			}
		}
		return infinitives;
	}
}
