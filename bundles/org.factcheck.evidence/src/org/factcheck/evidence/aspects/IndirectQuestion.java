package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's act only in a clause opened by ob ({@code Ob Ehmann alle
 * Ressorts übernehmen will, wisse er noch nicht} for {@code Ehmann übernimmt alle Ressorts}) asks
 * whether it holds and leaves it open: it does not state it. The ob clause runs back from the word
 * realising the claim's verb to its ob, unless a comma before a verb or a conjunction closes a
 * clause in between (the main clause after a fronted ob clause: {@code …, wisse er}). A claim that
 * itself speaks of whether is not concerned.
 */
public final class IndirectQuestion {

	private IndirectQuestion() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the ob opening the clause that realises the claim's verb
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (claim.lowerCaseWords().contains("ob")) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() != TermKind.VERB || !Elements.isElement(match.claimTerm()) || !match.realisedInSentence()) {
				continue;
			}
			for (int i = match.sentenceTerm().index() - 1; i >= 0 && !closesAClause(sentence, i); i--) {
				if (words.get(i).equals("ob")) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	/** A punctuation mark before a verb or a conjunction joining clauses (…, wisse er; …, und er übernahm). */
	private static boolean closesAClause(AnalyzedText sentence, int token) {
		if (!sentence.tags().get(token).equals("PUNCT") || token + 1 >= sentence.tags().size()) {
			return false;
		}
		String next = sentence.tags().get(token + 1);
		return next.equals("VERB") || next.equals("AUX") || next.equals("CCONJ");
	}
}
