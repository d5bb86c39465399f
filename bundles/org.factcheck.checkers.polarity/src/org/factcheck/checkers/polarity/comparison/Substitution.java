package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.Thesaurus;

/**
 * A sentence that says what the claim says with one word replaced by an incompatible one: its
 * opposite (entspannt / stressig by the antonym lexicon, möglich / unmöglich; a predicate and a
 * noun only by the lexicon: perfekt / Probleme) or another kind of the
 * same thing (Zoo / Tierheim: both kinds of one broader term in the thesaurus, neither a synonym of
 * the other; nouns and adjectives only, since verbs that share a broader term often describe one
 * event from two sides). The claim's other words must all be realised by the sentence (a caller may
 * tolerate a few unrealised ones for an opposite), the replacing word must be one that no claim word
 * accounts for, and the two must be negated alike (nicht möglich says what unmöglich says). Where the
 * claim's predicate (a verb or an adjective) is the only element the sentence does not realise, a
 * predicate incompatible with it in its place (intakt / geschmolzen, schwieg / sprach: the lexicon of
 * incompatible predicates) replaces it too. Names, numbers and dates are left to their own checkers.
 */
public final class Substitution {

	/** What makes the replacing word incompatible. */
	public enum Kind {
		/** Opposite words (antonym lexicon, un- prefix). */
		OPPOSITE,
		/** Different kinds of one broader thing (thesaurus). */
		SIBLING,
		/** Predicates that cannot hold of the same thing at once (lexicon of incompatible predicates). */
		INCOMPATIBLE
	}

	/**
	 * @param claimToken    the claim's word that the sentence replaces
	 * @param sentenceToken the sentence's word in its place
	 */
	public record Replacement(int claimToken, int sentenceToken, Kind kind) {
	}

	private Substitution() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param tolerated how many of the claim's other elements the sentence may leave unrealised; the
	 *                  replaced word is then any one of the unrealised ones, opposites first
	 */
	public static Optional<Replacement> find(PolarityText claim, PolarityText sentence, Alignment alignment, int tolerated) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		List<Term> missing = alignment.unrealised(Elements::isElement);
		if (missing.isEmpty() || missing.size() > 1 + tolerated) {
			return Optional.empty();
		}
		Set<Integer> accounted = alignment.matchedSentenceTokens();
		for (Term replaced : missing) {
			Optional<Replacement> found = replaceable(replaced) ? opposite(claim, replaced, sentence, accounted) : Optional.empty();
			if (found.isPresent()) {
				return found;
			}
		}
		if (missing.size() != 1 || !replaceable(missing.get(0))) {
			return Optional.empty();
		}
		Term replaced = missing.get(0);
		if (replaced.kind() != TermKind.NOUN) {
			Optional<Replacement> incompatible = incompatible(claim, replaced, sentence, accounted);
			if (incompatible.isPresent()) {
				return incompatible;
			}
		}
		for (Term candidate : sentence.analysis().terms()) {
			if (!accounted.contains(candidate.index()) && candidate.kind() == replaced.kind() && replaced.kind() != TermKind.VERB
					&& Thesaurus.german().siblings(replaced.key(), candidate.key())) {
				return Optional.of(new Replacement(replaced.index(), candidate.index(), Kind.SIBLING));
			}
		}
		return Optional.empty();
	}

	/** The sentence word, accounted for by no claim word, that says the opposite of the replaced claim word. */
	private static Optional<Replacement> opposite(PolarityText claim, Term replaced, PolarityText sentence, Set<Integer> accounted) {
		for (Term candidate : sentence.analysis().terms()) {
			if (accounted.contains(candidate.index())) {
				continue;
			}
			boolean opposite = compatible(replaced.kind(), candidate.kind())
					? opposes(claim, replaced.index(), sentence, candidate.index())
					: predicateAndNoun(replaced.kind(), candidate.kind()) && lexiconOpposite(claim, replaced.index(), sentence, candidate.index());
			if (opposite
					&& negated(claim, replaced.index()) == negated(sentence, candidate.index())) {
				return Optional.of(new Replacement(replaced.index(), candidate.index(), Kind.OPPOSITE));
			}
		}
		return Optional.empty();
	}

	/** The sentence word, accounted for by no claim word, whose predicate cannot hold together with the replaced one. */
	private static Optional<Replacement> incompatible(PolarityText claim, Term replaced, PolarityText sentence,
			Set<Integer> accounted) {
		for (Term candidate : sentence.analysis().terms()) {
			if (!accounted.contains(candidate.index()) && candidate.kind() != TermKind.NOUN
					&& compatible(replaced.kind(), candidate.kind())
					&& opposed(claim.incompatibleAt(replaced.index()), sentence.incompatibleAt(candidate.index()))
					&& negated(claim, replaced.index()) == negated(sentence, candidate.index())) {
				return Optional.of(new Replacement(replaced.index(), candidate.index(), Kind.INCOMPATIBLE));
			}
		}
		return Optional.empty();
	}

	private static boolean opposed(List<Pole> claimPoles, List<Pole> sentencePoles) {
		return claimPoles.stream().anyMatch(x -> sentencePoles.stream().anyMatch(x::opposes));
	}

	/** Whether the clause holding the token is negated: an opposite negated (nicht möglich / unmöglich) says the same. */
	private static boolean negated(PolarityText text, int token) {
		return text.clauses().stream().filter(clause -> clause.contains(token))
				.anyMatch(clause -> !text.negation(clause).cues().isEmpty());
	}

	private static boolean replaceable(Term term) {
		return term.kind() == TermKind.NOUN || term.kind() == TermKind.VERB || term.kind() == TermKind.ADJECTIVE
				|| term.kind() == TermKind.ADVERB;
	}

	/**
	 * Adjectives and adverbs replace one another (a predicative adjective is often tagged as an
	 * adverb), and a predicate may be a verb on one side and an adjective on the other
	 * (funktioniert / ist kaputt, lebt / ist tot).
	 */
	private static boolean compatible(TermKind a, TermKind b) {
		boolean modifierA = a == TermKind.ADJECTIVE || a == TermKind.ADVERB;
		boolean modifierB = b == TermKind.ADJECTIVE || b == TermKind.ADVERB;
		return a == b || modifierA && modifierB || a == TermKind.VERB && modifierB || modifierA && b == TermKind.VERB;
	}

	/**
	 * A predicate and a noun are opposed only by the lexicon, which pairs them across parts of speech
	 * (perfekt / Problem, versagen / Erfolg).
	 */
	private static boolean predicateAndNoun(TermKind a, TermKind b) {
		boolean predicateA = a == TermKind.VERB || a == TermKind.ADJECTIVE || a == TermKind.ADVERB;
		boolean predicateB = b == TermKind.VERB || b == TermKind.ADJECTIVE || b == TermKind.ADVERB;
		return predicateA && b == TermKind.NOUN || a == TermKind.NOUN && predicateB;
	}

	/** Whether the two words are opposites by an affix (un-, -los / -reich) or the antonym lexicon. */
	static boolean opposes(PolarityText claim, int claimToken, PolarityText sentence, int sentenceToken) {
		return Antonyms.negatedByAffix(claim.words().get(claimToken), sentence.words().get(sentenceToken))
				|| lexiconOpposite(claim, claimToken, sentence, sentenceToken);
	}

	private static boolean lexiconOpposite(PolarityText claim, int claimToken, PolarityText sentence, int sentenceToken) {
		for (Clause claimClause : claim.clauses()) {
			for (Pole x : claim.poles(claimClause)) {
				if (x.first() > claimToken || x.last() < claimToken) {
					continue;
				}
				for (Clause sentenceClause : sentence.clauses()) {
					for (Pole y : sentence.poles(sentenceClause)) {
						if (x.opposes(y) && y.first() <= sentenceToken && sentenceToken <= y.last()) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}
}
