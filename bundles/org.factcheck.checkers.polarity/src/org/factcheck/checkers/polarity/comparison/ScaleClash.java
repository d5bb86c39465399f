package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Optional;

import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Scales;
import org.factcheck.evidence.terms.Term;

/**
 * A sentence that says what the claim says with another degree of quantity, frequency or modality
 * that cannot hold together with the claim's (alle / keine, immer / selten, muss / freiwillig; see
 * {@link Scales}). The claim's elements other than its scale words must all be realised by the
 * sentence, and the sentence must not give the claim's own degree as well (a sentence saying both
 * compares two things). Quantifiers must quantify the same thing (the noun after each). Negating
 * degrees (keine, nie) are left to the negation comparison, which knows their scope and double
 * negations (hört nie auf).
 */
public final class ScaleClash {

	/**
	 * @param claim    the claim's words that give its degree
	 * @param sentence the sentence's words that give the clashing degree
	 */
	public record Clash(Scales.Mark claim, Scales.Mark sentence) {

		public boolean covers(Term term) {
			return claim.first() <= term.index() && term.index() <= claim.last();
		}
	}

	private ScaleClash() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param tolerated how many of the claim's other elements the sentence may leave unrealised
	 */
	public static Optional<Clash> find(PolarityText claim, PolarityText sentence, Alignment alignment, int tolerated) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		List<Scales.Mark> claimMarks = Scales.german().marks(claim.analysis().tokens());
		if (claimMarks.isEmpty()) {
			return Optional.empty();
		}
		List<Scales.Mark> sentenceMarks = Scales.german().marks(sentence.analysis().tokens());
		for (Scales.Mark said : claimMarks) {
			if (negating(said) || sentenceMarks.stream().anyMatch(m -> m.degree() == said.degree())) {
				continue;
			}
			for (Scales.Mark other : sentenceMarks) {
				Clash clash = new Clash(said, other);
				if (!negating(other) && Scales.clash(said.degree(), other.degree())
						&& sameThing(claim, said, sentence, other, alignment)
						&& alignment.unrealised(term -> Elements.isElement(term) && !clash.covers(term)).size() <= tolerated) {
					return Optional.of(clash);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean negating(Scales.Mark mark) {
		return mark.degree() == Scales.Degree.NONE || mark.degree() == Scales.Degree.NEVER;
	}

	/** For quantifiers: the claim's noun after its quantifier is realised by the sentence's noun after its own. */
	private static boolean sameThing(PolarityText claim, Scales.Mark said, PolarityText sentence, Scales.Mark other,
			Alignment alignment) {
		if (said.degree().scale() != Scales.Scale.QUANTITY) {
			return true;
		}
		int claimNoun = nounAfter(claim.analysis(), said.last());
		int sentenceNoun = nounAfter(sentence.analysis(), other.last());
		if (claimNoun < 0 || sentenceNoun < 0) {
			return false;
		}
		return alignment.matches().stream().anyMatch(m -> m.matched() && m.sentenceTerm() != null
				&& m.claimTerm().index() == claimNoun && m.sentenceTerm().index() == sentenceNoun);
	}

	private static int nounAfter(AnalyzedText text, int token) {
		List<String> tags = text.tags();
		for (int i = token + 1; i < tags.size() && i <= token + NOUN_REACH; i++) {
			if (tags.get(i).equals("NOUN") || tags.get(i).equals("PROPN")) {
				return i;
			}
			if (!(tags.get(i).equals("ADJ") || tags.get(i).equals("DET") || tags.get(i).equals("ADV")
					|| tags.get(i).equals("CCONJ"))) {
				return -1;
			}
		}
		return -1;
	}

	/** How far after a quantifier its noun may stand (alle drei großen Parteien, viele alte und schöne Boote). */
	private static final int NOUN_REACH = 4;
}
