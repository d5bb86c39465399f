package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.function.Predicate;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.Reading;

/**
 * A claim's adjective in the superlative that the sentence gives only in the positive of the same
 * adjective ({@code die besten Stoffe} / {@code gute Stoffe}): the best are good, but good ones are
 * not the best, so the sentence says less than the claim and does not state it.
 */
public final class SuperlativeByPositive {

	private SuperlativeByPositive() {
	}

	/** Whether a claim word that the lexicon reads only as a superlative is realised by the same adjective read only as a positive. */
	public static boolean weakens(Alignment alignment) {
		return alignment.matches().stream().anyMatch(SuperlativeByPositive::weakened);
	}

	private static boolean weakened(TermMatch match) {
		return match.claimTerm().kind() == TermKind.ADJECTIVE && match.sentenceTerm() != null && match.score() >= Alignment.REALISED
				&& match.claimTerm().key().equals(match.sentenceTerm().key())
				&& onlyDegree(match.claimTerm().text(), ":SUP") && onlyDegree(match.sentenceTerm().text(), ":GRU");
	}

	private static boolean onlyDegree(String word, String degree) {
		List<Reading> adjectives = GermanLexicon.german().readings(word).stream().filter(Reading::isAdjective).toList();
		Predicate<Reading> inDegree = reading -> reading.tag().contains(degree);
		return !adjectives.isEmpty() && adjectives.stream().allMatch(inDegree);
	}
}
