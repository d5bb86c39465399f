package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's act only in a clause opened by ob, under a predicate that leaves
 * it open ({@code Ob die Holding selbst einsteigt, wird geprüft}; {@code Ob er alle Ressorts übernimmt,
 * wisse er noch nicht} for {@code Die Holding steigt selbst ein}), asks whether it holds: it does not
 * state it. The ob clause runs back from the word realising the claim's verb to its ob without a
 * punctuation mark in between; the open predicate stands outside it (prüfen, klären, entscheiden,
 * offen, unklar, fraglich …, or wissen and sagen denied). A claim that itself speaks of whether, or
 * says only that its act may have happened (möglicherweise, vielleicht), is not concerned.
 */
public final class IndirectQuestion {

	/** Lemmas of verbs that leave open what the ob clause asks (prüfen, ob …; offen lassen, ob …). */
	private static final Set<String> OPEN_VERBS = Set.of("prüfen", "überprüfen", "klären", "abklären", "entscheiden",
			"untersuchen", "fragen", "zweifeln", "bezweifeln", "abwarten", "offenlassen", "erwägen", "überlegen", "abhängen");

	/** Words of a predicate that leaves it open (es ist offen, unklar, fraglich, ob …). */
	private static final Set<String> OPEN_WORDS = Set.of("offen", "unklar", "fraglich", "ungewiss", "unsicher",
			"unbekannt", "zweifelhaft");

	/** Verbs that leave it open where they are denied (wisse er nicht, sagte sie nicht, ob …). */
	private static final Set<String> OPEN_WHEN_DENIED = Set.of("wissen", "sagen", "verraten", "bestätigen");

	private static final Set<String> DENIALS = Set.of("nicht", "nie", "kein", "keine");

	/** Words by which a claim says only that its act may have happened. */
	private static final Set<String> HEDGES = Set.of("möglicherweise", "vielleicht", "eventuell", "womöglich", "vermutlich",
			"wahrscheinlich", "angeblich", "mutmaßlich");

	private IndirectQuestion() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the ob opening the clause that realises the claim's verb under a predicate that leaves it open
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		List<String> words = sentence.lowerCaseWords();
		if (claim.lowerCaseWords().stream().anyMatch(word -> word.equals("ob") || HEDGES.contains(word)) || !words.contains("ob")) {
			return Optional.empty();
		}
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() != TermKind.VERB || !Elements.isElement(match.claimTerm()) || !match.realisedInSentence()) {
				continue;
			}
			for (int i = match.sentenceTerm().index() - 1; i >= 0 && !sentence.tags().get(i).equals("PUNCT"); i--) {
				if (words.get(i).equals("ob")) {
					return leftOpen(sentence, i, match.sentenceTerm().index()) ? Optional.of(i) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a predicate outside the ob clause from {@code ob} to {@code verb} leaves it open. */
	private static boolean leftOpen(AnalyzedText sentence, int ob, int verb) {
		List<String> words = sentence.lowerCaseWords();
		boolean denied = words.stream().anyMatch(DENIALS::contains);
		for (int i = 0; i < words.size(); i++) {
			if (ob <= i && i <= verb) {
				continue;
			}
			String lemma = sentence.lemmas().get(i).toLowerCase(Locale.GERMAN);
			if (OPEN_VERBS.contains(lemma) || OPEN_WORDS.contains(words.get(i))
					|| denied && OPEN_WHEN_DENIED.contains(lemma)) {
				return true;
			}
		}
		return false;
	}
}
