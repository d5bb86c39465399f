package org.factcheck.evidence.aspects;

import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;

/**
 * A sentence that asks whether something holds (Hat der Präsident eine Brieftasche?) states nothing,
 * so it does not state a claim that is no question itself. A question with a question word (Warum
 * gilt das nicht für das Web?) takes what it asks about as given, so it is left to the other rules.
 */
public final class UnansweredQuestion {

	private static final Set<String> QUESTION_WORDS = Set.of("wer", "wen", "wem", "wessen", "was", "wo", "wann", "warum",
			"weshalb", "wieso", "weswegen", "wie", "woher", "wohin", "womit", "wofür", "wovon", "wozu", "wodurch", "worüber",
			"woran", "worauf", "woraus", "worin", "worum");

	private UnansweredQuestion() {
	}

	/** Whether the sentence only asks whether (no question word) while the claim asks nothing. */
	public static boolean asksWhether(AnalyzedText claim, AnalyzedText sentence) {
		return isQuestion(sentence) && !isQuestion(claim) && sentence.tokens().stream()
				.map(t -> t.text().toLowerCase(Locale.GERMAN))
				.noneMatch(word -> QUESTION_WORDS.contains(word) || word.startsWith("welch"));
	}

	private static boolean isQuestion(AnalyzedText text) {
		return text.text().strip().endsWith("?");
	}
}
