package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that says only one thing fills a slot ({@code steht nur auf Portugiesisch zur
 * Verfügung}, {@code ausschließlich an Erwachsene}) excludes every other filler: a claim naming
 * another one there after the same preposition ({@code auf Englisch}) is not stated by it, so that
 * word is never a tolerated gap.
 */
public final class ExclusiveFocus {

	private static final Set<String> PARTICLES = Set.of("nur", "ausschließlich", "lediglich");

	/** How many words (preposition, article, adjective) may stand between the particle and the noun it focuses. */
	private static final int REACH = 3;

	private ExclusiveFocus() {
	}

	/**
	 * Whether the sentence focuses on another noun than the claim's {@code gap} after the
	 * preposition that comes before the gap in the claim: {@code nur auf Portugiesisch} for
	 * {@code auf Englisch}.
	 */
	public static boolean excludes(AnalyzedText claim, AlignedSentence sentence, Term gap) {
		if (gap.kind() != TermKind.NOUN && gap.kind() != TermKind.NAME) {
			return false;
		}
		String preposition = prepositionBefore(claim, gap.index());
		if (preposition == null) {
			return false;
		}
		AnalyzedText said = sentence.analysis();
		List<String> words = said.lowerCaseWords();
		List<String> tags = said.tags();
		var realising = sentence.alignment().matchedSentenceTokens();
		for (int particle = 0; particle + 2 < words.size(); particle++) {
			if (!PARTICLES.contains(words.get(particle)) || !words.get(particle + 1).equals(preposition)) {
				continue;
			}
			for (int i = particle + 2; i < Math.min(words.size(), particle + 2 + REACH); i++) {
				String tag = tags.get(i);
				if (tag.equals("NOUN") || tag.equals("PROPN")) {
					if (!realising.contains(i)) {
						return true;
					}
					break;
				}
				if (!tag.equals("DET") && !tag.equals("ADJ")) {
					break;
				}
			}
		}
		return false;
	}

	/** The preposition governing the noun at {@code index}, past an article or adjectives; null if none. */
	private static String prepositionBefore(AnalyzedText claim, int index) {
		List<String> tags = claim.tags();
		for (int i = index - 1; i >= 0 && i >= index - REACH; i--) {
			if (tags.get(i).equals("ADP")) {
				return claim.tokens().get(i).text().toLowerCase(Locale.GERMAN);
			}
			if (!tags.get(i).equals("DET") && !tags.get(i).equals("ADJ")) {
				return null;
			}
		}
		return null;
	}
}
