package org.factcheck.checkers.polarity.comparison;

import java.util.List;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.Scales;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * Claim words a source may leave unsaid and still deny the claim by denying its predicate: words
 * that say how or when the act was done (genau, sofort, gründlich), an adverb or an adjective used
 * as one (not before a noun, not the predicate of a copula). A source that says the act did not
 * happen (Er wusste nicht, wohin der Zug fuhr) denies that it happened so (Er wusste genau, wohin
 * der Zug fuhr). Not words of degree, frequency or obligation ({@link Scales}: selten against nie is
 * no plain denial) nor negation words.
 */
public final class MannerGap {

	private MannerGap() {
	}

	/** Whether every one of the unsaid claim words says only how or when. */
	public static boolean only(AnalyzedText claim, List<Term> gaps) {
		List<Scales.Mark> degrees = Scales.german().marks(claim.tokens());
		return gaps.stream().allMatch(gap -> manner(claim, gap)
				&& degrees.stream().noneMatch(mark -> mark.first() <= gap.index() && gap.index() <= mark.last()));
	}

	private static boolean manner(AnalyzedText claim, Term gap) {
		if (NegationCues.german().scope(gap.text()) != null) {
			return false;
		}
		if (gap.kind() == TermKind.ADVERB) {
			return true;
		}
		return gap.kind() == TermKind.ADJECTIVE && !beforeNoun(claim, gap.index()) && hasFullVerb(claim);
	}

	private static boolean beforeNoun(AnalyzedText claim, int token) {
		List<String> tags = claim.tags();
		return token + 1 < tags.size() && (tags.get(token + 1).equals("NOUN") || tags.get(token + 1).equals("PROPN"));
	}

	/** A claim with a full verb: its adjectives not before a noun say how (wusste genau), not what is (ist genau). */
	private static boolean hasFullVerb(AnalyzedText claim) {
		return claim.tags().contains("VERB");
	}
}
