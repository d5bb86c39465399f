package org.factcheck.evidence.terms;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which content words of a claim are elements of what it states, so that a sentence stating the
 * claim must realise each of them: nouns, full verbs, adjectives, numbers, names and restricting
 * adverbs. Not elements: verbs of saying ({@link ReportingVerbs}), framing adverbs
 * ({@link LightAdverbs}), the auxiliaries sein, werden and haben (the tagger often takes them for
 * full verbs), and pronominal adverbs (davon, darüber, woran), which only point at another element.
 */
public final class Elements {

	private static final Set<String> AUXILIARIES = Set.of("sein", "ist", "sind", "bin", "bist", "seid", "war", "waren",
			"warst", "wart", "gewesen", "sei", "seien", "wäre", "wären", "werden", "wird", "wirst", "werdet", "wurde",
			"wurden", "wurdest", "worden", "geworden", "würde", "würden", "haben", "hat", "habe", "hast", "habt", "hatte",
			"hatten", "hattest", "gehabt", "hätte", "hätten");

	private static final Pattern PRONOMINAL_ADVERB = Pattern.compile(
			"(da|dar|wo|wor)(an|auf|aus|bei|durch|für|gegen|hin|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)");

	private Elements() {
	}

	public static boolean isElement(Term term) {
		return !ReportingVerbs.isReporting(term) && !LightAdverbs.isLight(term) && !isFunctional(term);
	}

	private static boolean isFunctional(Term term) {
		String word = term.text().toLowerCase(Locale.GERMAN);
		return term.kind() == TermKind.VERB && AUXILIARIES.contains(word)
				|| term.kind() != TermKind.NAME && term.kind() != TermKind.NOUN && PRONOMINAL_ADVERB.matcher(word).matches();
	}
}
