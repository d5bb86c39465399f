package org.factcheck.evidence.aspects;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.terms.TermKind;

/**
 * Whether a candidate sentence states the claim, by the measure of the evidence checker: most of
 * the claim's content words, its predicate unless nearly all words are there, more than its names,
 * and all its numbers. For checkers that judge something about the sentences that state a claim
 * (how they hedge it, who publishes them).
 */
public final class Stating {

	/** Weighted share of the claim's content words a sentence must contain to state it. */
	public static final double STATES = 0.6;

	/** From this share a sentence states the claim even if it words the predicate differently. */
	public static final double STATES_REGARDLESS = 0.75;

	/** Share of the claim's words other than names a stating sentence must contain. */
	public static final double BEYOND_NAMES = 0.4;

	private Stating() {
	}

	public static boolean states(ClaimEvidence evidence, AlignedSentence sentence) {
		boolean words = sentence.coverage() >= STATES_REGARDLESS
				|| sentence.coverage() >= STATES && sentence.alignment().predicateMatched();
		boolean hasOtherWords = sentence.alignment().matches().stream().anyMatch(m -> m.claimTerm().kind() != TermKind.NAME);
		boolean beyondNames = !hasOtherWords
				|| sentence.alignment().coverage(term -> term.kind() != TermKind.NAME) >= BEYOND_NAMES;
		return words && beyondNames && QuantityComparison.statesAll(evidence.claim(), sentence.analysis());
	}
}
