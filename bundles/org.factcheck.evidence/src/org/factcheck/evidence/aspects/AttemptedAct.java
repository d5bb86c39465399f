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
 * A sentence that gives the claim's act or attribute only as what someone tries, plans or hopes to
 * bring about ({@code Jahrelang versuchten die Vertreter, aus ihrer Sportart eine olympische zu machen}
 * for {@code Sambo ist eine olympische Sportart}; {@code Sie hofft, den Titel zu verteidigen} for
 * {@code Sie verteidigte den Titel}) does not state it: the attempt may fail. The words from the
 * verb of attempt to its infinitive with zu hold the claim's verb or adjective; an infinitive of
 * purpose (um … zu, ohne … zu) is no complement of the verb. A claim that itself speaks of an
 * attempt, an intention or a possibility (will, kann, möchte) is not concerned.
 */
public final class AttemptedAct {

	/** Lemmas of verbs whose zu-infinitive says what is tried, planned or hoped for, not what happened. */
	private static final Set<String> ATTEMPTS = Set.of("versuchen", "probieren", "bemühen", "planen", "beabsichtigen",
			"vorhaben", "anstreben", "hoffen", "erwägen", "trachten");

	private static final Set<String> VERBS = Set.of("VERB", "AUX");

	/** Modal verbs of intention or possibility: a claim with one says no more than the attempt. */
	private static final Set<String> MODALS = Set.of("wollen", "können", "möchten", "mögen", "sollen");

	/** Words opening an infinitive of purpose or manner, which no verb of attempt governs. */
	private static final Set<String> PURPOSES = Set.of("um", "ohne", "statt", "anstatt");

	/** How many words a verb of attempt may stand before the zu of its infinitive. */
	private static final int REACH = 15;

	private AttemptedAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the verb of attempt whose infinitive realises the claim's verb or adjective
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (claim.lemmas().stream().map(lemma -> lemma.toLowerCase(Locale.GERMAN))
				.anyMatch(lemma -> ATTEMPTS.contains(lemma) || MODALS.contains(lemma))) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (int attempt = 0; attempt < words.size(); attempt++) {
			if (!ATTEMPTS.contains(sentence.lemmas().get(attempt).toLowerCase(Locale.GERMAN))
					|| !VERBS.contains(sentence.tags().get(attempt))) {
				continue;
			}
			int infinitive = infinitiveAfter(sentence, attempt);
			if (infinitive >= 0 && realisesWithin(alignment, attempt, infinitive)) {
				return Optional.of(attempt);
			}
		}
		return Optional.empty();
	}

	/** The infinitive after zu that the verb of attempt governs, or -1. */
	private static int infinitiveAfter(AnalyzedText sentence, int attempt) {
		List<String> words = sentence.lowerCaseWords();
		for (int i = attempt + 1; i + 1 < words.size() && i <= attempt + REACH; i++) {
			String word = words.get(i);
			if (word.equals(".") || word.equals(";") || word.equals("?") || word.equals("!") || PURPOSES.contains(word)) {
				return -1;
			}
			if (word.equals("zu") && VERBS.contains(sentence.tags().get(i + 1))) {
				return i + 1;
			}
		}
		return -1;
	}

	private static boolean realisesWithin(Alignment alignment, int attempt, int infinitive) {
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if ((kind == TermKind.VERB || kind == TermKind.ADJECTIVE) && Elements.isElement(match.claimTerm())
					&& match.realisedInSentence() && attempt < match.sentenceTerm().index()
					&& match.sentenceTerm().index() <= infinitive) {
				return true;
			}
		}
		return false;
	}
}
