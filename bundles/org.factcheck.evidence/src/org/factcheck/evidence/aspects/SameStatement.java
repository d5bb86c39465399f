package org.factcheck.evidence.aspects;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.ClaimEvidence;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

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
	 * the aspect, best covered first. Where the claim cites documents, a sentence of another document
	 * must also give every name of the claim outside the aspect (itself or by its context), and the
	 * claim must name something ({@link #mayBeAbout}): one
	 * that leaves out the person or place (28 Jahre alt, said of someone else) speaks of something
	 * else, however many other words it shares; one word of a name of several is enough.
	 *
	 * @param aspect the claim words the checker compares itself (excluded from the coverage)
	 */
	public static List<AlignedSentence> sentences(ClaimEvidence evidence, Predicate<Term> aspect) {
		// Every sentence is aligned with the same claim words: the aspect is asked once per word.
		Map<Term, Boolean> inAspect = new IdentityHashMap<>();
		Predicate<Term> remembered = term -> inAspect.computeIfAbsent(term, aspect::test);
		boolean naming = namesSomething(evidence.claim());
		return evidence.sentences().stream().map(s -> new Rest(s, restCoverage(s, remembered)))
				.filter(rest -> rest.coverage() >= THRESHOLD)
				.filter(rest -> !evidence.citing() || rest.sentence().candidate().cited()
						|| naming && givesTheNames(rest.sentence(), remembered))
				.sorted((a, b) -> Double.compare(b.coverage(), a.coverage())).map(Rest::sentence).toList();
	}

	/**
	 * Whether the sentence may speak of what the claim speaks of: any sentence of a document the
	 * claim cites, or of any document where it cites none; a sentence of another document only where
	 * the claim names someone or something (not only a weekday or month). A claim that names nothing
	 * (Der Unfall geschah gegen 19 Uhr) fits many unrelated reports; its citation says which one it
	 * is about.
	 */
	public static boolean mayBeAbout(ClaimEvidence evidence, AlignedSentence sentence) {
		return !evidence.citing() || sentence.candidate().cited() || namesSomething(evidence.claim());
	}

	/** Whether the claim has a name that is not only a weekday or month. */
	private static boolean namesSomething(AnalyzedText claim) {
		return claim.terms().stream().anyMatch(term -> term.kind() == TermKind.NAME && !Specifics.pinsDown(term));
	}

	/**
	 * Whether the sentence gives each name of the claim outside the aspect, itself or by its
	 * context, at least by one of its words (Stenzel for Ursula Stenzel).
	 */
	private static boolean givesTheNames(AlignedSentence sentence, Predicate<Term> aspect) {
		List<Term> left = sentence.gaps(term -> term.kind() == TermKind.NAME && !aspect.test(term));
		if (left.isEmpty()) {
			return true;
		}
		Set<Integer> given = new HashSet<>();
		sentence.alignment().matches().stream().filter(m -> m.claimTerm().kind() == TermKind.NAME
				&& (m.score() >= Alignment.REALISED || sentence.inContext().contains(m.claimTerm())))
				.forEach(m -> given.add(m.claimTerm().index()));
		return left.stream().allMatch(name -> given.contains(name.index() - 1) || given.contains(name.index() + 1));
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
