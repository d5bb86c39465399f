package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's act as still to come (Es bleibt nur noch die Zustimmung des
 * Oberhauses; Die Unterschrift des Präsidenten steht noch aus; Er muss noch von der Kommission
 * bestätigt werden) does not state a claim that says it has happened (Das Oberhaus hat bereits
 * zugestimmt): what is pending is not done. The frame — {@code noch} with a verb of what is left or
 * owed (bleiben, fehlen, ausstehen, müssen), or {@code ausstehen} itself — must stand in the clause of
 * the word realising one of the claim's verbs (a verb, or the noun made from it: Zustimmung for
 * zugestimmt). A claim that itself speaks of what is still to come or of what should or will
 * happen is not concerned.
 */
public final class PendingState {

	/** Verbs of what is left or owed, which with {@code noch} make the act pending (forms as written). */
	private static final Set<String> OWED = Set.of("bleibt", "bleiben", "blieb", "blieben", "fehlt", "fehlen", "fehlte",
			"fehlten", "muss", "müssen", "musste", "mussten");

	/** Forms of stehen, which with {@code aus} (steht noch aus) make the act pending. */
	private static final Set<String> STANDS = Set.of("steht", "stehen", "stand", "standen");

	/** Words that are pending on their own (ausstehend, ausständig). */
	private static final Set<String> PENDING = Set.of("ausstehend", "ausstehende", "ausstehenden", "ausständig",
			"ausständige", "ausständigen", "aussteht", "ausstehen");

	/** Words by which a claim itself speaks of what is still to come, should or will happen. */
	private static final Set<String> CLAIM_NOT_DONE = Set.of("noch", "soll", "sollen", "sollte", "sollten", "will",
			"wollen", "wird", "werden", "muss", "müssen", "plant", "planen", "geplant", "künftig", "bald", "demnächst",
			"ausstehend", "aussteht", "aus");

	private PendingState() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that makes the clause of a realised verb of the claim pending
	 *         ({@code noch}, or ausstehend), when the claim speaks of a done act
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		if (claim.lowerCaseWords().stream().anyMatch(CLAIM_NOT_DONE::contains)) {
			return Optional.empty();
		}
		List<String> words = sentence.lowerCaseWords();
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() != TermKind.VERB || !Elements.isElement(match.claimTerm())
					|| !match.realisedInSentence()) {
				continue;
			}
			int at = match.sentenceTerm().index();
			int first = ClauseBoundary.start(sentence, at);
			int last = ClauseBoundary.end(sentence, at);
			Optional<Integer> frame = frame(words, first, last, at);
			if (frame.isPresent()) {
				return frame;
			}
		}
		return Optional.empty();
	}

	/**
	 * The pending word of the clause from {@code first} to {@code last}: noch with an owing verb other
	 * than the realising word {@code at} (Er bleibt noch im Amt is no pending act), or ausstehend.
	 */
	private static Optional<Integer> frame(List<String> words, int first, int last, int at) {
		boolean owing = false;
		boolean stands = false;
		boolean out = false;
		int noch = -1;
		for (int i = first; i <= last; i++) {
			String word = words.get(i);
			if (PENDING.contains(word)) {
				return Optional.of(i);
			}
			owing |= i != at && OWED.contains(word);
			stands |= i != at && STANDS.contains(word);
			out |= word.equals("aus");
			if (word.equals("noch") && noch < 0 && !(i + 1 < words.size() && (words.get(i + 1).equals("immer")
					|| words.get(i + 1).equals("nicht") || words.get(i + 1).startsWith("kein")))) {
				noch = i;
			}
		}
		return noch >= 0 && (owing || stands && out) ? Optional.of(noch) : Optional.empty();
	}
}
