package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence saying that a thing of the claim does not exist (…, dass es Zahlen zur Wertschöpfung
 * nicht gebe; es gibt keine Zahlen dazu): a clause of es geben that a word of negation denies,
 * realising a noun of a claim that denies nothing (ohne Gegenfinanzierung denies that noun alike). Whatever the claim says of that thing (Das Amt
 * verfügt über Zahlen zur Wertschöpfung), the sentence does not state it.
 */
public final class DeniedExistence {

	private static final Set<String> GEBEN = Set.of("gibt", "gab", "gebe", "gäbe", "geben", "gaben", "gegeben");

	private DeniedExistence() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that denies the existence of a thing the claim names
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		NegationCues cues = NegationCues.german();
		if (claim.lowerCaseWords().stream().anyMatch(cues::denies)) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		Set<Integer> notNegating = cues.phraseTokens(words, effect -> true);
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() != TermKind.NOUN || !Elements.isElement(match.claimTerm()) || !match.realisedInSentence()
					|| LocalDenial.deniedByPreposition(claim, match.claimTerm().index())) {
				continue;
			}
			int at = match.sentenceTerm().index();
			int start = ClauseBoundary.start(sentence, at);
			int end = ClauseBoundary.end(sentence, at);
			boolean existential = false;
			boolean es = false;
			int negation = -1;
			for (int i = start; i <= end; i++) {
				existential |= GEBEN.contains(words.get(i));
				es |= words.get(i).equals("es");
				if (negation < 0 && cues.denies(words.get(i)) && !notNegating.contains(i)) {
					negation = i;
				}
			}
			if (existential && es && negation >= 0) {
				return Optional.of(negation);
			}
		}
		return Optional.empty();
	}
}
