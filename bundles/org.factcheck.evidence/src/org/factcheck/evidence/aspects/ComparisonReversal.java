package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that compares the claim's two things the other way round: what the claim puts after
 * {@code als} the sentence puts before it, and what the sentence puts after {@code als} the claim puts
 * before it ({@code Ich hätte lieber Boateng als Gauland zum Nachbarn} / {@code sie hätte lieber
 * Gauland als Boateng zum Nachbarn}). Such a sentence does not state the claim (see {@link Stating});
 * the polarity checker reports it as a conflict.
 */
public final class ComparisonReversal {

	/** Comparatives that are no adjective in -er. */
	private static final Set<String> COMPARATIVES = Set.of("lieber", "mehr", "weniger", "eher", "besser", "öfter");
	/** Word classes of a comparative in -er (größer, lieber). */
	private static final Set<String> GRADED = Set.of("ADJ", "ADV");
	/** How many tokens before {@code als} its comparative may stand. */
	private static final int REACH = 8;

	/** The token of {@code als} in the claim and in the sentence. */
	public record Reversal(int claimAls, int sentenceAls) {
	}

	private ComparisonReversal() {
	}

	/** @param alignment the claim's alignment to the sentence, from the evidence library */
	public static Optional<Reversal> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		int inClaim = comparingAls(claim);
		int inSentence = inClaim < 0 ? -1 : comparingAls(sentence);
		if (inSentence < 0) {
			return Optional.empty();
		}
		Optional<Term> claimStandard = firstThingAfter(claim, inClaim);
		Optional<Term> sentenceStandard = firstThingAfter(sentence, inSentence);
		if (claimStandard.isEmpty() || sentenceStandard.isEmpty()) {
			return Optional.empty();
		}
		boolean standardMoved = false;
		boolean otherMoved = false;
		for (TermMatch match : alignment.matches()) {
			if (!match.realisedInSentence() || match.byReference()) {
				continue;
			}
			if (match.claimTerm() == claimStandard.get()) {
				standardMoved = match.sentenceTerm().index() < inSentence;
			} else if (match.sentenceTerm().index() == sentenceStandard.get().index()) {
				otherMoved = match.claimTerm().index() < inClaim;
			}
		}
		return standardMoved && otherMoved ? Optional.of(new Reversal(inClaim, inSentence)) : Optional.empty();
	}

	/**
	 * The token of the text's one {@code als} after a comparative (lieber, mehr, größer), or -1 when it
	 * has none or several; an {@code als} before a number (mehr als 200) compares no things.
	 */
	private static int comparingAls(AnalyzedText text) {
		List<String> words = text.lowerCaseWords();
		int found = -1;
		for (int i = 1; i < words.size() - 1; i++) {
			if (!words.get(i).equals("als") || !comparativeBefore(text, i) || text.tags().get(i + 1).equals("NUM")) {
				continue;
			}
			if (found >= 0) {
				return -1;
			}
			found = i;
		}
		return found;
	}

	private static boolean comparativeBefore(AnalyzedText text, int als) {
		for (int i = als - 1; i >= 0 && i >= als - REACH; i--) {
			String word = text.lowerCaseWords().get(i);
			if (word.equals(",") || word.equals("als")) {
				return false;
			}
			if (COMPARATIVES.contains(word)
					|| word.endsWith("er") && GRADED.contains(text.tags().get(i)) && word.length() > 4) {
				return true;
			}
		}
		return false;
	}

	/** The first noun or name right after {@code als}, over an article and attributes. */
	private static Optional<Term> firstThingAfter(AnalyzedText text, int als) {
		for (int i = als + 1; i < text.tokens().size() && i <= als + 3; i++) {
			Optional<Term> term = text.termAt(i);
			if (term.isPresent() && (term.get().kind() == TermKind.NAME || term.get().kind() == TermKind.NOUN)) {
				return term;
			}
		}
		return Optional.empty();
	}
}
