package org.factcheck.evidence.aspects;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.terms.Term;

/**
 * For checkers that compare one aspect of a claim (its numbers, dates, names, polarity): the
 * candidate sentences that make the same statement as the claim apart from that aspect, and how
 * confident a difference found in such a sentence makes a conflict.
 */
public final class SameStatement {

	/** Weighted share of the claim's other words a sentence must contain to make the same statement. */
	public static final double THRESHOLD = 0.6;

	private SameStatement() {
	}

	/**
	 * The sentences covering at least {@link #THRESHOLD} of the claim's words that are not part of
	 * the aspect, best covered first.
	 *
	 * @param aspect the claim words the checker compares itself (excluded from the coverage)
	 */
	public static List<AlignedSentence> sentences(ClaimEvidence evidence, Predicate<Term> aspect) {
		// Every sentence is aligned with the same claim words: the aspect is asked once per word.
		Map<Term, Boolean> inAspect = new IdentityHashMap<>();
		Predicate<Term> remembered = term -> inAspect.computeIfAbsent(term, aspect::test);
		return evidence.sentences().stream().map(s -> new Rest(s, restCoverage(s, remembered)))
				.filter(rest -> rest.coverage() >= THRESHOLD)
				.sorted((a, b) -> Double.compare(b.coverage(), a.coverage())).map(Rest::sentence).toList();
	}

	/** A sentence with its {@link #restCoverage}, computed once for filtering and sorting. */
	private record Rest(AlignedSentence sentence, double coverage) {
	}

	/** Coverage of the claim's words that are not part of the aspect. */
	public static double restCoverage(AlignedSentence sentence, Predicate<Term> aspect) {
		return sentence.alignment().coverage(aspect.negate());
	}

	/**
	 * Confidence of a conflict found in a sentence whose other words cover the claim this well: from
	 * 0.77 at the threshold to 0.95 for a sentence that says everything else the claim says. It is
	 * higher than the support the same sentence lends the claim by its words, so that the deciding
	 * document is not counted as supporting a claim it contradicts.
	 */
	public static double conflictConfidence(double restCoverage) {
		return Math.min(0.95, 0.5 + 0.45 * restCoverage);
	}
}
