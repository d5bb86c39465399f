package org.factcheck.evidence.alignment;

import org.factcheck.evidence.terms.Term;

/**
 * How one content word of a claim is found in a sentence.
 *
 * @param claimTerm    the claim's word
 * @param score        1 for the same word (any inflection) or all parts of a compound, less for
 *                     partial, derived, equivalent, synonymous or more specific matches, 0 when absent
 * @param sentenceTerm the sentence word it matched best, or null when absent or matched by reference
 * @param byReference  whether the sentence refers to it ("er", "der Staatschef") while a sentence
 *                     just before names it
 * @param how          what relates the two words
 */
public record TermMatch(Term claimTerm, double score, Term sentenceTerm, boolean byReference, How how) {

	/** What relates a claim word to the sentence word that realises it. */
	public enum How {
		/** The same word in any inflection, or the same compound. */
		SAME,
		/** A part of a compound, or a compound's parts spread over several words. */
		COMPOUND,
		/** A derivation or prefixed verb (Lieferung / liefern, melden / anmelden), or a shared stem. */
		DERIVED,
		/** An equivalent of the project's list (UN / Vereinte Nationen). */
		EQUIVALENT,
		/** A synonym from the thesaurus (beginnen / anfangen). */
		SYNONYM,
		/** The sentence names something more specific that the claim's word covers (Hund for Tier). */
		NARROWER,
		/** A pronoun or description refers to it. */
		REFERENCE,
		/** Not found. */
		ABSENT
	}

	public TermMatch(Term claimTerm, double score, Term sentenceTerm, How how) {
		this(claimTerm, score, sentenceTerm, false, how);
	}

	public boolean matched() {
		return score > 0;
	}

	/** Whether a word of the sentence itself realises the claim's word (not a reference to it). */
	public boolean realisedInSentence() {
		return score >= Alignment.REALISED && sentenceTerm != null && !byReference;
	}
}
