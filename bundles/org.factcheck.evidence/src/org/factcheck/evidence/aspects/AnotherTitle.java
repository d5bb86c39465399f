package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A title the claim puts right before a person's name ({@code der Stürmer Dennis Chessa}) where the
 * sentence puts another noun right before the word realising that name, one that realises nothing
 * of the claim ({@code dem deutschen Verteidiger Dennis Chessa}): the sentence gives the person
 * another title, so the claim's title is no word it merely leaves out.
 */
public final class AnotherTitle {

	private AnotherTitle() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return whether the gap is a title before a name of the claim, and the sentence gives that name
	 *         another title
	 */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		List<String> claimTags = claim.tags();
		if (gap.kind() != TermKind.NOUN || !Elements.isElement(gap) || gap.index() + 1 >= claimTags.size()
				|| !claimTags.get(gap.index() + 1).equals("PROPN")) {
			return false;
		}
		int nameEnd = gap.index() + 1;
		while (nameEnd + 1 < claimTags.size() && claimTags.get(nameEnd + 1).equals("PROPN")) {
			nameEnd++;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		for (TermMatch match : alignment.matches()) {
			int at = match.claimTerm().index();
			if (at <= gap.index() || at > nameEnd || match.claimTerm().kind() != TermKind.NAME || !match.realisedInSentence()
					|| match.score() < Alignment.REALISED) {
				continue;
			}
			int first = match.sentenceTerm().index();
			while (first > 0 && tags.get(first - 1).equals("PROPN") && realising.contains(first - 1)) {
				first--;
			}
			int title = first - 1;
			if (title >= 0 && tags.get(title).equals("NOUN") && !realising.contains(title)
					&& sentence.termAt(title).filter(noun -> !Specifics.pinsDown(noun)).isPresent()) {
				return true;
			}
		}
		return false;
	}
}
