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
 * und Erwachsene): the sentence says it is not the only one. The sentence must not restrict
 * itself, and must realise the claim's other elements.
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
	 * @param sentenceOther the sentence's word naming another thing beside the claim's
	 */
	public record Found(int claimCue, int sentenceThing, int sentenceOther) {
	}

	private Exclusion() {
	}

	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		return find(claim, sentence, alignment, 0);
	}

	/** @param tolerated how many of the claim's other elements the sentence may leave unrealised */
	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, int tolerated) {
		if (alignment.unrealised(Elements::isElement).size() > tolerated || sentence.tokens().stream()
				.anyMatch(t -> ONLY.contains(t.text().toLowerCase(Locale.GERMAN)))) {
			return Optional.empty();
		}
		List<String> tags = sentence.tags();
		Set<Integer> accounted = alignment.matchedSentenceTokens();
		for (int cue = 0; cue < claim.tokens().size(); cue++) {
			if (!ONLY.contains(claim.tokens().get(cue).text().toLowerCase(Locale.GERMAN))) {
				continue;
			}
			Optional<TermMatch> thing = restricted(claim, cue, alignment);
			if (thing.isEmpty()) {
				continue;
			}
			int at = thing.get().sentenceTerm().index();
			for (int and = Math.max(0, at - NEAR); and <= Math.min(tags.size() - 1, at + NEAR); and++) {
				if (!AND.contains(sentence.tokens().get(and).text().toLowerCase(Locale.GERMAN))) {
					continue;
				}
				for (int other = Math.max(0, and - NEAR); other <= Math.min(tags.size() - 1, and + NEAR); other++) {
					if (other != at && !accounted.contains(other) && naming(tags.get(other))) {
						return Optional.of(new Found(cue, at, other));
					}
				}
			}
		}
		return Optional.empty();
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
