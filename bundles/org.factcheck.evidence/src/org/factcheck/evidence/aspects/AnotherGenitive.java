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
 * A claim noun whose genitive attribute the sentence does not realise, where the sentence gives its
 * own noun another genitive attribute ({@code Stadträtin der zweitstärksten Fraktion} for
 * {@code Stadträtin der Grünen}): the sentence says whose it is, and says another, so the claim's
 * attribute is no detail it merely leaves out.
 */
public final class AnotherGenitive {

	private static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des");

	private AnotherGenitive() {
	}

	/** Whether the gap (a noun, or an adjective used as one: der Grünen) is the claim's genitive attribute of a noun the sentence gives another one. */
	public static boolean gives(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.NOUN && gap.kind() != TermKind.NAME && !Character.isUpperCase(gap.text().charAt(0))) {
			return false;
		}
		Optional<Integer> owner = ownerOf(claim, gap.index());
		if (owner.isEmpty()) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch match : alignment.matches()) {
			if (match.realisedInSentence() && match.claimTerm().index() == owner.get()) {
				return otherGenitiveAfter(sentence, match.sentenceTerm().index(), realising);
			}
		}
		return false;
	}

	/** The noun right before the genitive article (and adjectives) before the word, if any. */
	private static Optional<Integer> ownerOf(AnalyzedText claim, int word) {
		List<String> tags = claim.tags();
		int i = word - 1;
		while (i >= 0 && tags.get(i).equals("ADJ") && i != word) {
			i--;
		}
		if (i < 1 || !tags.get(i).equals("DET") || !GENITIVE_ARTICLES.contains(claim.lowerCaseWords().get(i))) {
			return Optional.empty();
		}
		return noun(tags.get(i - 1)) ? Optional.of(i - 1) : Optional.empty();
	}

	/** Whether a genitive article follows the noun, with nouns none of which realises a claim word. */
	private static boolean otherGenitiveAfter(AnalyzedText sentence, int noun, Set<Integer> realising) {
		List<String> tags = sentence.tags();
		int i = noun + 1;
		if (i >= tags.size() || !tags.get(i).equals("DET") || !GENITIVE_ARTICLES.contains(sentence.lowerCaseWords().get(i))) {
			return false;
		}
		boolean other = false;
		for (i++; i < tags.size() && (tags.get(i).equals("ADJ") || noun(tags.get(i))); i++) {
			if (noun(tags.get(i))) {
				if (realising.contains(i)) {
					return false;
				}
				other = true;
			}
		}
		return other;
	}

	private static boolean noun(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN");
	}
}
