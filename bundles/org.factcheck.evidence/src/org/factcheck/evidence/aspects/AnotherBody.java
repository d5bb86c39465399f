package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A name the claim ties by {@code von}, {@code vom} or {@code aus} to a person's name ({@code Renate
 * Huber von Attac}) that the sentence leaves out while it ties that person by such a preposition to
 * another name ({@code Renate Huber vom ÖGB}): the sentence gives the person another body, so however
 * few words it leaves out it does not state the claim.
 */
public final class AnotherBody {

	/** Prepositions that tie a person to the body they speak for or come from. */
	private static final Set<String> TYING = Set.of("von", "vom", "aus");

	private AnotherBody() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return whether the sentence ties a person of the claim to another body than the claim does
	 */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		return alignment.matches().stream().filter(match -> match.claimTerm().kind() == TermKind.NAME && !match.realisedInSentence())
				.anyMatch(match -> tiedOtherwise(claim, sentence, alignment, match.claimTerm()));
	}

	private static boolean tiedOtherwise(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term body) {
		int tie = body.index() - 1;
		if (tie < 1 || !TYING.contains(claim.lowerCaseWords().get(tie))) {
			return false;
		}
		List<String> words = sentence.lowerCaseWords();
		List<String> tags = sentence.tags();
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() != tie - 1 || match.claimTerm().kind() != TermKind.NAME || !match.realisedInSentence()) {
				continue;
			}
			int after = match.sentenceTerm().index() + 1;
			int other = after + 1;
			if (other < tags.size() && TYING.contains(words.get(after)) && tags.get(other).equals("PROPN") && !realising.contains(other)
					&& !Stating.inflects(sentence.tokens().get(other).text(), body.text())) {
				return true;
			}
		}
		return false;
	}
}
