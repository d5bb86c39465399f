package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * An adjective of the claim before its noun ({@code der sunnitische Iran}) that the sentence
 * realises only by a word of another class elsewhere ({@code Sunniten}), while it gives the word
 * realising the noun an adjective of its own that realises nothing of the claim ({@code der
 * schiitische Iran}): the sentence says another thing of the claim's noun, so it does not state
 * the claim.
 */
public final class AnotherAttribute {

	/** Words that may stand between an attribute and its noun: further attributes. */
	private static final Set<String> ATTRIBUTES = Set.of("ADJ");

	private AnotherAttribute() {
	}

	/** Whether the sentence gives a noun of the claim another attribute than the claim's (see the type). */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Set<Integer> matched = alignment.matchedSentenceTokens();
		for (TermMatch attribute : alignment.matches()) {
			Term term = attribute.claimTerm();
			if (term.kind() != TermKind.ADJECTIVE || !attribute.realisedInSentence() || attribute.byReference()
					|| sentence.tags().get(attribute.sentenceTerm().index()).equals("ADJ")) {
				continue;
			}
			int noun = nounAfter(claim.tags(), term.index());
			TermMatch nounMatch = noun < 0 ? null : matchOf(alignment, noun);
			if (nounMatch == null || !nounMatch.realisedInSentence() || nounMatch.byReference()) {
				continue;
			}
			List<String> tags = sentence.tags();
			for (int at = nounMatch.sentenceTerm().index() - 1; at >= 0 && ATTRIBUTES.contains(tags.get(at)); at--) {
				if (!matched.contains(at) && isAdjective(sentence, at)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The noun or name after the adjective at {@code word}, over further adjectives; -1 if none. */
	private static int nounAfter(List<String> tags, int word) {
		int at = word + 1;
		while (at < tags.size() && ATTRIBUTES.contains(tags.get(at))) {
			at++;
		}
		return at < tags.size() && (tags.get(at).equals("NOUN") || tags.get(at).equals("PROPN")) ? at : -1;
	}

	private static TermMatch matchOf(Alignment alignment, int claimToken) {
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() == claimToken) {
				return match;
			}
		}
		return null;
	}

	private static boolean isAdjective(AnalyzedText text, int token) {
		return text.terms().stream().anyMatch(term -> term.index() == token && term.kind() == TermKind.ADJECTIVE);
	}
}
