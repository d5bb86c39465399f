package org.factcheck.evidence.alignment;

import org.factcheck.evidence.terms.Term;

/**
 * How one content word of a claim is found in a sentence.
 *
 * @param claimTerm    the claim's word
 * @param score        1 for the same word (any inflection) or all parts of a compound, less for
 *                     partial, derived or equivalent matches, 0 when absent
 * @param sentenceTerm the sentence word it matched best, or null when absent or matched by reference
 * @param byReference  whether the sentence refers to it ("er", "der Staatschef") while a sentence
 *                     just before names it
 */
public record TermMatch(Term claimTerm, double score, Term sentenceTerm, boolean byReference) {

	public TermMatch(Term claimTerm, double score, Term sentenceTerm) {
		this(claimTerm, score, sentenceTerm, false);
	}

	public boolean matched() {
		return score > 0;
	}
}
