package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.numbers.NumberWords;

/**
 * A phrase after a count that says something of a part of it ({@code drei Menschen sind verletzt
 * worden, davon einer schwer}): a claim word the sentence realises only there is said of the part,
 * not of the whole the claim counts ({@code drei Menschen wurden schwer verletzt}). Such a sentence
 * does not state the claim, nor count the same thing as it, however many of its words it shares.
 * A claim that counts the part itself ({@code einer wurde schwer verletzt}) or speaks of one
 * ({@code davon}, {@code darunter}) is not concerned.
 */
public final class PartitiveSubset {

	private static final Set<String> PARTITIVES = Set.of("davon", "darunter");

	private PartitiveSubset() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the token opening the partitive phrase (davon, darunter) when a word of the claim is
	 *         realised only in it while the claim's count is realised outside it
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (claim.lowerCaseWords().stream().anyMatch(PARTITIVES::contains)) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (int at = 0; at + 1 < words.size(); at++) {
			if (!PARTITIVES.contains(words.get(at)) || !counts(sentence, at + 1)) {
				continue;
			}
			int first = at + 1;
			int last = ClauseBoundary.stretchEnd(sentence, first);
			boolean countOutside = false;
			boolean wordInside = false;
			for (TermMatch match : alignment.matches()) {
				if (!match.realisedInSentence()) {
					continue;
				}
				boolean inside = match.sentenceTerm().index() >= first && match.sentenceTerm().index() <= last;
				if (match.claimTerm().kind() == TermKind.NUMBER) {
					countOutside |= !inside;
				} else if (inside && match.claimTerm().kind() != TermKind.NAME) {
					wordInside = true;
				}
			}
			if (countOutside && wordInside) {
				return Optional.of(at);
			}
		}
		return Optional.empty();
	}

	/** Whether the token is a figure or a number word (einer, zwei, 15). */
	private static boolean counts(AnalyzedText sentence, int token) {
		String word = sentence.lowerCaseWords().get(token);
		return sentence.tags().get(token).equals("NUM") || word.equals("einer") || word.equals("eine") || word.equals("eines")
				|| NumberWords.german().wholeNumber(word) != null;
	}
}
