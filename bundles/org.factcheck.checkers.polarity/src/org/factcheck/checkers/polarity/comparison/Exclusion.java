package org.factcheck.checkers.polarity.comparison;

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
 * A claim that restricts a thing to itself (nur das Alte Testament, ausschließlich Kinder) against
 * a sentence that names it together with another one (das Alte und das Neue Testament, Kinder
 * und Erwachsene), or says outright that it is not the only one (nicht nur Kinder, mehr als nur
 * die Fähigkeiten eines Spezialisten). The sentence must not restrict itself otherwise, and must
 * realise the claim's other elements.
 */
public final class Exclusion {

	private static final Set<String> ONLY = Set.of("nur", "ausschließlich", "lediglich", "allein");

	private static final Set<String> AND = Set.of("und", "sowie");

	/** How far the restricted thing may follow the restricting word (nur das Alte Testament). */
	private static final int REACH = 4;

	/** How far the coordination may lie from the thing the sentence names. */
	private static final int NEAR = 3;

	/**
	 * @param claimCue      the claim's restricting word
	 * @param sentenceOther the sentence's word naming another thing beside the claim's, or for a
	 *                      sentence saying "nicht nur" of the thing, its restricting word
	 * @param denied        whether the sentence denies the restriction (nicht nur, mehr als nur)
	 */
	public record Found(int claimCue, int sentenceThing, int sentenceOther, boolean denied) {
	}

	/** Words that deny a restriction right before the restricting word: nicht nur, mehr als nur. */
	private static final Set<String> NOT = Set.of("nicht", "mehr", "keineswegs");

	private Exclusion() {
	}

	/** @param tolerated how many of the claim's other elements the sentence may leave unrealised */
	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, int tolerated) {
		if (alignment.unrealised(Elements::isElement).size() > tolerated) {
			return Optional.empty();
		}
		boolean restricting = false;
		for (int i = 0; i < sentence.tokens().size(); i++) {
			restricting |= ONLY.contains(lower(sentence, i)) && !deniedRestriction(sentence, i);
		}
		List<String> tags = sentence.tags();
		Set<Integer> accounted = alignment.matchedSentenceTokens();
		for (int cue = 0; cue < claim.tokens().size(); cue++) {
			if (!ONLY.contains(lower(claim, cue))) {
				continue;
			}
			Optional<TermMatch> thing = restricted(claim, cue, alignment);
			if (thing.isEmpty()) {
				continue;
			}
			int at = thing.get().sentenceTerm().index();
			for (int only = Math.max(1, at - REACH); only < at; only++) {
				if (ONLY.contains(lower(sentence, only)) && deniedRestriction(sentence, only)) {
					return Optional.of(new Found(cue, at, only, true));
				}
			}
			if (restricting) {
				continue;
			}
			for (int and = Math.max(0, at - NEAR); and <= Math.min(tags.size() - 1, at + NEAR); and++) {
				if (!AND.contains(sentence.tokens().get(and).text().toLowerCase(Locale.GERMAN))) {
					continue;
				}
				for (int other = Math.max(0, and - NEAR); other <= Math.min(tags.size() - 1, and + NEAR); other++) {
					if (other != at && !accounted.contains(other) && naming(tags.get(other))) {
						return Optional.of(new Found(cue, at, other, false));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** nicht nur, mehr als nur: the restricting word at the token is denied. */
	private static boolean deniedRestriction(AnalyzedText text, int only) {
		return only > 0 && NOT.contains(lower(text, only - 1)) || only > 1 && lower(text, only - 1).equals("als")
				&& lower(text, only - 2).equals("mehr");
	}

	private static String lower(AnalyzedText text, int token) {
		return text.tokens().get(token).text().toLowerCase(Locale.GERMAN);
	}

	/** The first noun or name after the restricting word, realised by the sentence. */
	private static Optional<TermMatch> restricted(AnalyzedText claim, int cue, Alignment alignment) {
		return alignment.matches().stream()
				.filter(m -> m.claimTerm().index() > cue && m.claimTerm().index() <= cue + REACH
						&& (m.claimTerm().kind() == TermKind.NOUN || m.claimTerm().kind() == TermKind.NAME))
				.findFirst().filter(m -> m.score() >= Alignment.REALISED && m.sentenceTerm() != null);
	}

	private static boolean naming(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ");
	}
}
