package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Term;

/**
 * A sentence that realises the claim's predicate verb only as the attribute of a noun that realises
 * nothing of the claim ({@code eine steigende Anzahl von Anträgen treffe auf ein stagnierendes
 * Budget} for {@code Das Budget ist gestiegen}): it says the verb of another thing, so it does not
 * state the claim.
 */
public final class AttributeOfAnother {

	/** Words that may stand between an attribute and its noun: further attributes and their adverbs. */
	private static final Set<String> BETWEEN = Set.of("ADJ", "ADV", "CCONJ", "PUNCT");

	/** The endings of an adjective before a noun (steigende, wachsenden, stagnierendes). */
	private static final Pattern ATTRIBUTE_ENDING = Pattern.compile("e[nmrs]?$");

	private AttributeOfAnother() {
	}

	/** Whether every word of the sentence that realises the claim's full verb is an attribute of a noun the claim does not name. */
	public static boolean saysItOfAnother(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<Term> verb = PredicateOfAnother.predicate(claim)
				.filter(t -> claim.tags().get(t.index()).equals("VERB"));
		if (verb.isEmpty()) {
			return false;
		}
		List<TermMatch> realising = alignment.matches().stream()
				.filter(m -> m.claimTerm() == verb.get() && m.realisedInSentence()).toList();
		Set<Integer> matched = alignment.matchedSentenceTokens();
		return !realising.isEmpty() && realising.stream().allMatch(m -> attributeOfUnnamed(sentence, m.sentenceTerm().index(), matched));
	}

	/**
	 * Whether the word is an adjective with an attribute's ending before a noun (over further
	 * adjectives) that no claim word matched; a participle without ending is said of the clause's
	 * subject (zehn Figuren sind vorinstalliert, darunter Link).
	 */
	private static boolean attributeOfUnnamed(AnalyzedText sentence, int word, Set<Integer> matched) {
		List<String> tags = ClauseRoles.tags(sentence);
		if (!tags.get(word).equals("ADJ") || !ATTRIBUTE_ENDING.matcher(sentence.lowerCaseWords().get(word)).find()) {
			return false;
		}
		int at = word + 1;
		while (at < tags.size() && BETWEEN.contains(tags.get(at)) && !sentence.lowerCaseWords().get(at).equals(".")) {
			at++;
		}
		return at < tags.size() && tags.get(at).equals("NOUN") && !matched.contains(at);
	}
}
