package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.checkers.polarity.analysis.ClauseNegation;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.clauses.ClauseKind;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;

/**
 * A short claim about someone or something named by a personal pronoun (Es wird besser, Ich bin
 * undankbar) against a clause of its source with the same pronoun and the opposite predicate
 * (es wird schlimmer, ich bin sehr dankbar; antonym lexicon or un- prefix). Such a claim has too few
 * other words for the share the rules on one word need, so its subject stands in for them. Both
 * clauses must be asserted and free of negation.
 */
public final class PronounOpposite {

	private static final Set<String> PRONOUNS = Set.of("ich", "du", "er", "sie", "es", "wir", "ihr");

	/**
	 * @param claimToken    the claim's word
	 * @param sentenceToken the sentence's opposite word
	 */
	public record Found(int claimToken, int sentenceToken) {
	}

	private PronounOpposite() {
	}

	/** @param tolerated how many of the claim's other elements the sentence may leave unrealised */
	public static Optional<Found> find(PolarityText claim, PolarityText sentence, Alignment alignment, int tolerated) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		List<Term> unrealised = alignment.unrealised(Elements::isElement);
		for (Clause claimClause : claim.clauses()) {
			Optional<String> subject = pronounSubject(claim, claimClause);
			if (subject.isEmpty() || !plain(claim, claimClause)) {
				continue;
			}
			for (int c : claimClause.tokens()) {
				Term term = claim.term(c);
				if (term == null || !Elements.isElement(term)
						|| unrealised.stream().filter(t -> t.index() != c).count() > tolerated) {
					continue;
				}
				for (Clause sentenceClause : sentence.clauses()) {
					if (!plain(sentence, sentenceClause) || !holds(sentence, sentenceClause, subject.get())) {
						continue;
					}
					for (int s : sentenceClause.tokens()) {
						if (Substitution.opposes(claim, c, sentence, s)) {
							return Optional.of(new Found(c, s));
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	/** An asserted clause that no negation, hedge or partial negation bears on. */
	private static boolean plain(PolarityText text, Clause clause) {
		ClauseNegation negation = text.negation(clause);
		return clause.kind().carriesSentencePolarity() && negation.cues().isEmpty() && !negation.partial();
	}

	/** The personal pronoun the clause opens with, or that follows its first verb (Jetzt bin ich …). */
	private static Optional<String> pronounSubject(PolarityText text, Clause clause) {
		List<Integer> tokens = clause.tokens();
		if (tokens.isEmpty() || clause.kind() != ClauseKind.MAIN) {
			return Optional.empty();
		}
		if (pronoun(text, tokens.get(0))) {
			return Optional.of(lower(text, tokens.get(0)));
		}
		for (int k = 0; k + 1 < tokens.size(); k++) {
			String tag = text.words().get(tokens.get(k)).tag();
			if (tag.equals("VERB") || tag.equals("AUX")) {
				return pronoun(text, tokens.get(k + 1)) ? Optional.of(lower(text, tokens.get(k + 1))) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean holds(PolarityText text, Clause clause, String pronoun) {
		return clause.tokens().stream().anyMatch(t -> pronoun(text, t) && lower(text, t).equals(pronoun));
	}

	private static boolean pronoun(PolarityText text, int token) {
		return text.words().get(token).tag().equals("PRON") && PRONOUNS.contains(lower(text, token));
	}

	private static String lower(PolarityText text, int token) {
		return text.words().get(token).text().toLowerCase(Locale.GERMAN);
	}
}
