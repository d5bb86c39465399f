package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's act only as what would have happened (Die Jury hätte dann die
 * Höchststrafe verhängen können; Ohne den Sturz wäre sie Weltmeisterin geworden) does not state a
 * claim that says it happened: a counterfactual says the opposite. The clause of the word realising
 * one of the claim's verbs (or, in a claim without one, of its other elements: wurde Weltmeisterin) must have its finite verb in the past subjunctive of haben or sein
 * (hätte, wäre) with a participle or infinitive after it, and the sentence must mark the unreal: a modal's double infinitive (hätte verhängen
 * können), a condition (wenn, falls), an alternative (sonst, andernfalls, ohne) or dann, beinahe, fast.
 * Reported speech, where the same forms stand for the speaker's words (Er warf ihnen vor, sie
 * hätten das Gespräch abgelehnt), is not concerned, nor a claim that itself speaks in the subjunctive
 * or with a modal, nor a negated claim (what would have happened implies what did not).
 */
public final class CounterfactualAct {

	private static final Set<String> PAST_SUBJUNCTIVES = Set.of("hätte", "hätten", "hättest", "hättet", "wäre", "wären",
			"wärest", "wärst", "wäret");

	private static final Set<String> MODAL_INFINITIVES = Set.of("können", "müssen", "sollen", "dürfen", "wollen");

	private static final Set<String> UNREAL_CUES = Set.of("wenn", "falls", "sonst", "andernfalls", "ohne", "dann",
			"beinahe", "fast");

	/** Words with which a claim itself speaks of what would, could, should or must be. */
	private static final Pattern CLAIM_MOOD = Pattern.compile("kann|kannst|könn\\p{L}*|konnt\\p{L}*|soll\\p{L}*|muss\\p{L}*"
			+ "|müss\\p{L}*|darf|darfst|dürf\\p{L}*|durft\\p{L}*|will|willst|woll\\p{L}*|würd\\p{L}*|hätt\\p{L}*|wär\\p{L}*|wenn|falls");

	private CounterfactualAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the finite verb (hätte, wäre) of the counterfactual clause that realises one of the
	 *         claim's verbs, when the claim states a fact
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		List<String> claimWords = claim.lowerCaseWords();
		if (claimWords.stream().anyMatch(w -> CLAIM_MOOD.matcher(w).matches() || NegationCues.german().denies(w) || w.startsWith("kein"))
				|| sentence.terms().stream().anyMatch(ReportingVerbs::isReporting)) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		if (words.stream().noneMatch(UNREAL_CUES::contains) && !doubleInfinitive(words)) {
			return Optional.empty();
		}
		List<TermMatch> realised = alignment.matches().stream()
				.filter(m -> Elements.isElement(m.claimTerm()) && m.realisedInSentence()).toList();
		List<TermMatch> verbs = realised.stream().filter(m -> m.claimTerm().kind() == TermKind.VERB).toList();
		for (TermMatch match : verbs.isEmpty() ? realised : verbs) {
			int at = match.sentenceTerm().index();
			int first = ClauseBoundary.start(sentence, at);
			int last = ClauseBoundary.end(sentence, at);
			for (int i = first; i <= last; i++) {
				if (PAST_SUBJUNCTIVES.contains(words.get(i)) && verbAfter(sentence, i + 1, last)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a verb follows in the clause (hätte … bekommen, wäre … geworden; not: es wäre schön). */
	private static boolean verbAfter(AnalyzedText sentence, int from, int last) {
		for (int i = from; i <= last; i++) {
			String tag = sentence.tags().get(i);
			if (tag.equals("VERB") || tag.equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	/** A modal's infinitive right after another infinitive (verhängen können) in a sentence with hätte or wäre. */
	private static boolean doubleInfinitive(List<String> words) {
		if (words.stream().noneMatch(PAST_SUBJUNCTIVES::contains)) {
			return false;
		}
		for (int i = 1; i < words.size(); i++) {
			if (MODAL_INFINITIVES.contains(words.get(i)) && words.get(i - 1).endsWith("en")) {
				return true;
			}
		}
		return false;
	}
}
