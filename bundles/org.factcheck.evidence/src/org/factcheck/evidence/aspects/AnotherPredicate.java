package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Specifics;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that says the claim's subject is something else: the claim's predicative noun is the
 * word the sentence leaves unsaid ({@code Nofretete war die Nachfolgerin Tutanchamuns}), and the
 * sentence's clause with the claim's name and a copula of being gives a predicative noun of its own
 * that realises nothing of the claim ({@code Nofretete war dessen Stiefmutter und … seine
 * Vorgängerin}; any mention of the name in the sentence or passage). The sentence tells what the subject was, and it is something else: the claim is not
 * stated, however many of its other words the sentence shares.
 */
public final class AnotherPredicate {

	/** Word classes between a copula and its predicative noun (war dessen Stiefmutter, ist eine neue Chefin). */
	private static final Set<String> BEFORE_PREDICATE = Set.of("DET", "ADJ", "ADV", "PART", "NUM", "PRON");

	/** Word classes within a noun phrase before its noun. */
	private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NUM");

	private AnotherPredicate() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return the sentence's predicative noun, when the gap is the claim's predicative noun and the
	 *         sentence gives the claim's named subject another one
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.NOUN || !Elements.isElement(gap) || !predicative(claim, gap.index())) {
			return Optional.empty();
		}
		int start = ClauseBoundary.start(claim, gap.index());
		int end = ClauseBoundary.end(claim, gap.index());
		for (TermMatch match : alignment.matches()) {
			Term named = match.claimTerm();
			if (named.kind() != TermKind.NAME || named.index() < start || named.index() > end || !match.realisedInSentence()
					|| match.byReference()) {
				continue;
			}
			String key = match.sentenceTerm().key();
			for (Term said : sentence.terms()) {
				if (!Aligner.sameKey(said.key(), key)) {
					continue;
				}
				Optional<Integer> other = otherPredicate(sentence, alignment, said.index());
				if (other.isPresent()) {
					return other;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a copula of being stands before the noun in its clause, and no full verb in the clause
	 * (ist als Kandidat angetreten: sein as an auxiliary), nor als right before the noun's phrase.
	 */
	static boolean predicative(AnalyzedText claim, int noun) {
		int end = ClauseBoundary.end(claim, noun);
		int start = ClauseBoundary.start(claim, noun);
		for (int i = start; i <= end; i++) {
			if (claim.tags().get(i).equals("VERB")) {
				return false;
			}
		}
		boolean copula = false;
		boolean phraseStart = true;
		for (int i = noun - 1; i >= start; i--) {
			String word = claim.lowerCaseWords().get(i);
			if (phraseStart && word.equals("als")) {
				return false;
			}
			phraseStart &= PHRASE.contains(claim.tags().get(i));
			copula |= Copulas.ofBeing(word);
		}
		return copula;
	}

	/**
	 * The predicative noun of the sentence's clause around the name at {@code name}, when the name
	 * stands right before or right after its copula of being and the noun realises nothing of the
	 * claim and is no time.
	 */
	private static Optional<Integer> otherPredicate(AnalyzedText sentence, Alignment alignment, int name) {
		List<String> tags = sentence.tags();
		int copula = -1;
		if (name + 1 < tags.size() && Copulas.ofBeing(sentence.tokens().get(name + 1).text())) {
			copula = name + 1;
		} else if (name > 0 && Copulas.ofBeing(sentence.tokens().get(name - 1).text())) {
			copula = name - 1;
		}
		if (copula < 0) {
			return Optional.empty();
		}
		for (int i = copula + 1; i < tags.size() && !ClauseBoundary.at(sentence, i); i++) {
			if (i == name) {
				continue;
			}
			if (tags.get(i).equals("NOUN")) {
				int at = i;
				boolean other = sentence.termAt(at).filter(noun -> !Specifics.pinsDown(noun)).isPresent()
						&& !alignment.matchedSentenceTokens().contains(at);
				return other ? Optional.of(at) : Optional.empty();
			}
			if (!BEFORE_PREDICATE.contains(tags.get(i))) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}
}
