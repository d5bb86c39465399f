package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that states as its own assertion only what the claim gives as background in an
 * adverbial clause ({@code Dieser Mann wurde in Deutschland geboren} for {@code Der Mann zog aus
 * Deutschland weg, nachdem er geboren wurde}): the claim asserts its main clause's act, and the
 * adverbial clause (of time, cause, condition or concession) only sets it in time or gives its
 * ground. Where the claim's main-clause verb is the word the sentence leaves unsaid, no other verb
 * of that main clause is realised, and the sentence realises the adverbial clause's verb in a main
 * clause of its own, the sentence says what the claim presupposes and not what it asserts, so the
 * verb is no tolerated gap. A sentence that gives the same clause as background too ({@code weil
 * jeder ihn vermisste}) is not concerned: it may word the main act differently.
 */
public final class BackgroundOnly {

	/** Conjunctions that open an adverbial clause (not dass, ob: those open what a verb says or asks). */
	private static final Set<String> ADVERBIAL = Set.of("nachdem", "bevor", "ehe", "als", "weil", "da", "wenn", "falls",
			"sofern", "obwohl", "obgleich", "während", "sobald", "solange", "seit", "seitdem", "bis");

	/** Those of them that are never a preposition or adverb, whichever word class the tagger gives them. */
	private static final Set<String> ONLY_CONJUNCTIONS = Set.of("nachdem", "bevor", "weil", "wenn", "falls", "sofern",
			"obwohl", "obgleich", "sobald", "seitdem");

	/** Conjunctions that open any subordinate clause of a sentence, relative pronouns aside. */
	private static final Set<String> SUBORDINATING = Set.of("nachdem", "bevor", "ehe", "als", "weil", "da", "wenn", "falls",
			"sofern", "obwohl", "obgleich", "während", "sobald", "solange", "seit", "seitdem", "bis", "dass", "ob", "damit",
			"indem", "sodass", "wie");

	/** Pronouns that open a relative clause after a comma. */
	private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen", "deren",
			"welcher", "welche", "welches", "welchem", "welchen", "wo", "was");

	private BackgroundOnly() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return whether the gap is the verb of the claim's main clause and the sentence asserts only the
	 *         claim's adverbial clause
	 */
	public static boolean assertsOnlyTheBackground(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !claim.tags().get(gap.index()).equals("VERB") || !Elements.isElement(gap)) {
			return false;
		}
		boolean[] background = adverbialClauses(claim);
		if (background[gap.index()] || inSubordinateClause(claim, gap.index())) {
			return false;
		}
		boolean mainActSaid = false;
		boolean backgroundAsserted = false;
		for (TermMatch match : alignment.matches()) {
			Term term = match.claimTerm();
			if (term.kind() != TermKind.VERB || !claim.tags().get(term.index()).equals("VERB") || !match.realisedInSentence()) {
				continue;
			}
			if (!background[term.index()]) {
				mainActSaid = true;
			} else if (!inSubordinateClause(sentence, match.sentenceTerm().index())) {
				backgroundAsserted = true;
			}
		}
		return backgroundAsserted && !mainActSaid;
	}

	/** For each token of the claim, whether it stands in an adverbial clause: from its conjunction to the clause's end. */
	private static boolean[] adverbialClauses(AnalyzedText claim) {
		List<String> words = claim.lowerCaseWords();
		List<String> tags = claim.tags();
		boolean[] inside = new boolean[words.size()];
		for (int i = 0; i < words.size(); i++) {
			if (tags.get(i).equals("SCONJ") && ADVERBIAL.contains(words.get(i)) || ONLY_CONJUNCTIONS.contains(words.get(i))) {
				int end = ClauseBoundary.end(claim, i);
				for (int j = i; j <= end; j++) {
					inside[j] = true;
				}
			}
		}
		return inside;
	}

	/**
	 * Whether the word stands in a subordinate clause: between the start of its clause and the word
	 * stands a subordinating conjunction, or the clause opens after a comma with a relative pronoun
	 * (einen Hut, den er trug).
	 */
	private static boolean inSubordinateClause(AnalyzedText text, int word) {
		List<String> words = text.lowerCaseWords();
		List<String> tags = text.tags();
		int start = ClauseBoundary.start(text, word);
		for (int i = start; i < word; i++) {
			if (tags.get(i).equals("SCONJ") || SUBORDINATING.contains(words.get(i)) && !tags.get(i).startsWith("ADP")) {
				return true;
			}
		}
		return start > 0 && start < word && words.get(start - 1).equals(",") && RELATIVE_PRONOUNS.contains(words.get(start));
	}
}
