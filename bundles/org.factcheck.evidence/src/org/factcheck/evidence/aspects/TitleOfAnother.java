package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TermKind;

/**
 * A title the claim puts right before a person's name ({@code der kroatische Philosoph Toni Negri})
 * that the sentence gives only right before another name, one that realises nothing of the claim
 * ({@code der italienische Linksintellektuelle Toni Negri, … der kroatische Philosoph Srećko Horvat}),
 * while it gives the claim's person another title ({@link AnotherTitle}): the sentence says the title
 * of someone else, so it does not state the claim.
 */
public final class TitleOfAnother {

	private TitleOfAnother() {
	}

	/** @param alignment the claim's alignment to the sentence, from the evidence library */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		List<String> claimTags = claim.tags();
		Set<Integer> realising = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		for (TermMatch match : alignment.matches()) {
			int title = match.claimTerm().index();
			if (match.claimTerm().kind() != TermKind.NOUN || !match.realisedInSentence() || match.score() < Alignment.REALISED
					|| title + 1 >= claimTags.size() || !claimTags.get(title + 1).equals("PROPN")) {
				continue;
			}
			int name = match.sentenceTerm().index() + 1;
			if (name < tags.size() && tags.get(name).equals("PROPN") && !realising.contains(name)
					&& AnotherTitle.gives(claim, sentence, alignment, match.claimTerm())) {
				return true;
			}
		}
		return false;
	}
}
