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
 * A sentence that gives the claim's act only as a condition ({@code wenn das Bezahlen weltweit
 * unterstützt wird, wird sich der Nutzen erweitern} for {@code Das Bezahlen wird weltweit
 * unterstützt}) does not state it: it says what follows if it happens, not that it does. The clause
 * of the word realising the claim's verb opens with a conjunction of condition (wenn, falls, sofern).
 * A claim that itself speaks of a condition is not concerned, nor a negated claim (a condition
 * contrary to fact, wenn sie davon erfahren hätten, implies what did not happen).
 */
public final class ConditionalAct {

	private static final Set<String> CONDITIONS = Set.of("wenn", "falls", "sofern", "soweit");

	private ConditionalAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the conjunction opening the conditional clause that realises the claim's verb
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (claim.lowerCaseWords().stream().anyMatch(word -> CONDITIONS.contains(word) || NegationCues.german().denies(word)
				|| word.startsWith("kein"))) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() != TermKind.VERB || !Elements.isElement(match.claimTerm()) || !match.realisedInSentence()) {
				continue;
			}
			int first = ClauseBoundary.start(sentence, match.sentenceTerm().index());
			if (CONDITIONS.contains(words.get(first))) {
				return Optional.of(first);
			}
		}
		return Optional.empty();
	}
}
