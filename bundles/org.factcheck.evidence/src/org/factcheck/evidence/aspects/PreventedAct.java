package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence whose clause holding the claim's words is governed by a verb that negates its object
 * ({@code verb} in {@code data/negation-cues.txt}: Das Übergreifen des Feuers auf die Scheune wurde
 * verhindert), while the claim's act is realised by no verb of that clause and the claim denies,
 * refuses and prevents nothing: the sentence says that what the claim states did not happen, so it
 * does not state the claim (whether it contradicts it is for the polarity checker). Not where the
 * negating verb realises a word of the claim (the claim prevents too), nor where it is negated
 * itself (konnte nicht verhindert werden: it happened), nor where a verb of the clause realises the
 * claim's act (verhinderte den Anschlag und nahm den Täter fest: the clause ends at und anyway).
 */
public final class PreventedAct {

	private PreventedAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token of the negating verb, when it governs the claim's words
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		NegationCues cues = NegationCues.german();
		if (claim.lowerCaseWords().stream().anyMatch(cues::denies) || !RefusedAct.find(claim).isEmpty()
				|| negatingVerbs(claim) >= 0) {
			return Optional.empty();
		}
		Set<Integer> matched = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		for (int i = 0; i < tags.size(); i++) {
			if (!tags.get(i).equals("VERB") || matched.contains(i) || !cues.negatesObject(VerbInfinitives.of(sentence, i))) {
				continue;
			}
			int start = ClauseBoundary.start(sentence, i);
			int end = ClauseBoundary.end(sentence, i);
			if (negated(sentence, start, end) || actRealisedWithin(alignment, sentence, start, end)) {
				continue;
			}
			boolean governs = alignment.matches().stream().anyMatch(m -> m.realisedInSentence()
					&& Elements.isElement(m.claimTerm()) && m.sentenceTerm().index() >= start && m.sentenceTerm().index() <= end);
			if (governs) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/** The first verb of the text that negates its object, or -1. */
	private static int negatingVerbs(AnalyzedText text) {
		for (int i = 0; i < text.tags().size(); i++) {
			if (text.tags().get(i).equals("VERB") && NegationCues.german().negatesObject(VerbInfinitives.of(text, i))) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a verb of the clause [start, end] realises one of the claim's verbs. */
	private static boolean actRealisedWithin(Alignment alignment, AnalyzedText sentence, int start, int end) {
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().kind() == TermKind.VERB && match.realisedInSentence()) {
				int at = match.sentenceTerm().index();
				String tag = sentence.tags().get(at);
				if (at >= start && at <= end && (tag.equals("VERB") || tag.equals("AUX"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** A negation word in the clause [start, end] (konnte nicht verhindert werden). */
	private static boolean negated(AnalyzedText sentence, int start, int end) {
		for (int k = start; k <= end; k++) {
			if (NegationCues.german().scope(sentence.lowerCaseWords().get(k)) != null
					&& NegationCues.german().denies(sentence.lowerCaseWords().get(k))) {
				return true;
			}
		}
		return false;
	}
}
