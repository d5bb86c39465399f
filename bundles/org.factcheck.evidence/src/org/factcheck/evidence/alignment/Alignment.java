package org.factcheck.evidence.alignment;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.factcheck.evidence.terms.Term;

/**
 * How well a sentence covers a claim: each content word of the claim with its best match in the
 * sentence. Coverage is the weighted share of the claim's words found, from 0 to 1.
 */
public final class Alignment {

	private final List<TermMatch> matches;
	/** {@link #coverage()}, computed once: candidates are sorted and compared by it again and again. */
	private final double coverage;

	public Alignment(List<TermMatch> matches) {
		this.matches = List.copyOf(matches);
		this.coverage = coverage(term -> true);
	}

	public List<TermMatch> matches() {
		return matches;
	}

	public double coverage() {
		return coverage;
	}

	/** Coverage counting only the claim words that pass the filter (e.g. all but numbers). */
	public double coverage(Predicate<Term> counted) {
		double total = 0;
		double found = 0;
		for (int i = 0; i < matches.size(); i++) {
			TermMatch match = matches.get(i);
			if (counted.test(match.claimTerm())) {
				total += match.claimTerm().weight();
				found += match.claimTerm().weight() * match.score();
			}
		}
		return total == 0 ? 0 : found / total;
	}

	public List<Term> unmatchedClaimTerms() {
		return matches.stream().filter(m -> !m.matched()).map(TermMatch::claimTerm).toList();
	}

	/** The score from which a claim word counts as realised by the sentence. */
	public static final double REALISED = 0.7;

	/**
	 * The claim words the sentence does not realise (alignment score below {@link #REALISED}) that
	 * the filter counts, e.g. all but verbs of saying: an added detail the sentence does not carry.
	 */
	public List<Term> unrealised(Predicate<Term> counted) {
		return matches.stream().filter(m -> m.score() < REALISED && counted.test(m.claimTerm())).map(TermMatch::claimTerm)
				.toList();
	}

	/** Token indexes of the sentence words some claim word matched. */
	public Set<Integer> matchedSentenceTokens() {
		return matches.stream().filter(m -> m.matched() && m.sentenceTerm() != null).map(m -> m.sentenceTerm().index())
				.collect(Collectors.toSet());
	}

	/**
	 * Whether the sentence contains the claim's predicate: true when one of the claim's full verbs
	 * (verbs of saying aside) is matched, or when the claim has none.
	 */
	public boolean predicateMatched() {
		List<TermMatch> predicates = matches.stream().filter(m -> Predicates.isPredicate(m.claimTerm())).toList();
		return predicates.isEmpty() || predicates.stream().anyMatch(m -> m.score() >= Predicates.MATCHED);
	}

	/** This alignment with some claim words credited as referred to by the sentence. */
	public Alignment withReferences(List<TermMatch> references) {
		if (references.isEmpty()) {
			return this;
		}
		List<TermMatch> updated = matches.stream().map(m -> references.stream()
				.filter(r -> r.claimTerm().equals(m.claimTerm()) && r.score() > m.score()).findFirst().orElse(m))
				.toList();
		return new Alignment(updated);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Alignment alignment && matches.equals(alignment.matches);
	}

	@Override
	public int hashCode() {
		return matches.hashCode();
	}

	@Override
	public String toString() {
		return "Alignment[matches=" + matches + "]";
	}
}
