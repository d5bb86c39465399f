package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A noun or name of the claim coordinated with another one the sentence realises ({@code im Omnium
 * und im Madison} where the sentence says {@code im Omnium}): the claim adds a member to what the
 * sentence lists, so the unrealised member is never a tolerated gap.
 */
public final class AddedConjunct {

	private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "sowie");

	/** Word classes between a conjunction and the head of its conjunct (und im neuen Madison). */
	private static final Set<String> BEFORE_HEAD = Set.of("DET", "ADJ", "NUM");

	private AddedConjunct() {
	}

	/**
	 * @param gap       a claim word the sentence leaves unrealised
	 * @param alignment the claim's alignment to the sentence
	 * @return whether the gap is a noun or name coordinated with a noun or name the sentence realises
	 */
	public static boolean adds(AnalyzedText claim, Term gap, Alignment alignment) {
		if (gap.kind() != TermKind.NOUN && gap.kind() != TermKind.NAME) {
			return false;
		}
		List<String> words = claim.lowerCaseWords();
		List<String> tags = claim.tags();
		int before = gap.index() - 1;
		while (before >= 0 && beforeHead(tags.get(before))) {
			before--;
		}
		if (before > 0 && CONJUNCTIONS.contains(words.get(before)) && realisedNoun(alignment, before - 1)) {
			return true;
		}
		int after = gap.index() + 1;
		if (after < words.size() && CONJUNCTIONS.contains(words.get(after))) {
			int head = after + 1;
			while (head < words.size() && beforeHead(tags.get(head))) {
				head++;
			}
			return realisedNoun(alignment, head);
		}
		return false;
	}

	private static boolean beforeHead(String tag) {
		return BEFORE_HEAD.contains(tag) || tag.startsWith("ADP");
	}

	private static boolean realisedNoun(Alignment alignment, int token) {
		for (TermMatch match : alignment.matches()) {
			Term term = match.claimTerm();
			if (term.index() == token) {
				return (term.kind() == TermKind.NOUN || term.kind() == TermKind.NAME) && match.realisedInSentence()
						&& match.score() >= Alignment.REALISED;
			}
		}
		return false;
	}
}
