package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that asks whether something holds (Hat der Präsident eine Brieftasche?) states nothing,
 * so it does not state a claim that is no question itself; nor does a rhetorical question, one
 * whose verb is a modal or würde in the subjunctive (Warum sollte die Regel nicht für das Büro
 * gelten? argues that it does). Any other question with a question word (Warum gilt das nicht für
 * das Web?) takes what it asks about as given, so it is left to the other rules; but a noun of the
 * claim that may answer its who, what or which is no detail it leaves out ({@link #asksFor}).
 */
public final class UnansweredQuestion {

	private static final Set<String> QUESTION_WORDS = Set.of("wer", "wen", "wem", "wessen", "was", "wo", "wann", "warum",
			"weshalb", "wieso", "weswegen", "wie", "woher", "wohin", "womit", "wofür", "wovon", "wozu", "wodurch", "worüber",
			"woran", "worauf", "woraus", "worin", "worum");

	private UnansweredQuestion() {
	}

	/** Subjunctive modals and würde, which make a question rhetorical (Warum sollte …?, Wer würde …?). */
	private static final Set<String> RHETORICAL = Set.of("sollte", "solltest", "sollten", "solltet", "würde", "würdest",
			"würden", "würdet", "könnte", "könntest", "könnten", "könntet", "müsste", "müsstest", "müssten", "müsstet");

	/** Whether the sentence only asks whether (no question word) or asks rhetorically, while the claim asks nothing. */
	public static boolean asksWhether(AnalyzedText claim, AnalyzedText sentence) {
		if (!isQuestion(sentence) || isQuestion(claim)) {
			return false;
		}
		List<String> words = sentence.lowerCaseWords();
		return words.stream().anyMatch(RHETORICAL::contains)
				|| words.stream().noneMatch(word -> QUESTION_WORDS.contains(word) || word.startsWith("welch"));
	}

	/** Question words that ask for a person or a thing (wer, was, welche): the noun that answers them is what is asked. */
	private static final Set<String> ASKING_FOR_A_THING = Set.of("wer", "wen", "wem", "wessen", "was");

	/**
	 * Whether the claim's noun {@code gap} may be what the sentence asks for: the sentence asks who,
	 * what or which (Was magst du lieber, Musik oder Sport?) while the claim asks nothing. The noun that
	 * answers such a question is what the question leaves open, so the question does not leave it out
	 * as a detail (andere Dinge as what one likes).
	 */
	public static boolean asksFor(AnalyzedText claim, AnalyzedText sentence, Term gap) {
		if (gap.kind() != TermKind.NOUN || !isQuestion(sentence) || isQuestion(claim)) {
			return false;
		}
		return sentence.lowerCaseWords().stream().anyMatch(word -> ASKING_FOR_A_THING.contains(word) || word.startsWith("welch"));
	}

	/**
	 * Whether the sentence is a question with a question word (Was bedeutet das im Fall der drei
	 * Manager?) while the claim asks nothing, and the claim's verb is among the words it leaves
	 * unsaid: such a question takes as given only what it says itself, so it does not state the
	 * claim's act, and a figure it shares with the claim is no figure of that act.
	 *
	 * @param verbGaps the claim's full verbs the sentence itself does not realise (a neighbouring
	 *                 sentence that does is no part of the question)
	 */
	public static boolean leavesTheActOpen(AnalyzedText claim, AnalyzedText sentence, List<Term> verbGaps) {
		return isQuestion(sentence) && !isQuestion(claim) && !verbGaps.isEmpty();
	}

	private static boolean isQuestion(AnalyzedText text) {
		return text.text().strip().endsWith("?");
	}
}
