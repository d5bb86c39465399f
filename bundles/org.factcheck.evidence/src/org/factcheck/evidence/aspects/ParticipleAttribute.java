package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The claim's verb where the sentence gives its words only in a participle attribute with another
 * participle ({@code der im Innenministerium angesiedelten Sicherheitskommission} for {@code Die
 * Sicherheitskommission ist im Innenministerium aufgelöst worden}): the attribute's participle is
 * what the sentence says of those words, so the claim's verb is no word it merely leaves unsaid.
 */
public final class ParticipleAttribute {

	/** A participle with an adjective's ending (angesiedelten, geplante, reformierte). */
	private static final Pattern PARTICIPLE = Pattern.compile("(\\p{L}*ge\\p{L}+(t|en)|\\p{L}+iert)(e|en|er|es|em)");

	/** How many words an extended attribute may span between its article and its noun. */
	private static final int REACH = 8;

	private static final Set<String> ARTICLES = Set.of("DET", "ADP+DET");

	private ParticipleAttribute() {
	}

	/**
	 * Whether {@code gap}, a full verb of the claim the sentence leaves unsaid, is replaced by a
	 * participle attribute: an article, then words realising the claim, a participle realising nothing,
	 * perhaps adjectives, and a noun realising the claim.
	 */
	public static boolean replaces(AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !Elements.isElement(gap)) {
			return false;
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		List<String> words = sentence.lowerCaseWords();
		for (int p = 2; p + 1 < tags.size(); p++) {
			// the tagger takes some of these participles for verbs (angesiedelten/VERB)
			if (!(tags.get(p).equals("ADJ") || tags.get(p).equals("VERB")) || realising.contains(p)
					|| !PARTICIPLE.matcher(words.get(p)).matches()) {
				continue;
			}
			int noun = p + 1;
			while (noun < tags.size() && tags.get(noun).equals("ADJ")) {
				noun++;
			}
			if (noun < tags.size() && (tags.get(noun).equals("NOUN") || tags.get(noun).equals("PROPN")) && realising.contains(noun)
					&& complementRealised(tags, realising, p)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the participle has words of its own before it, back to the article of its noun, and
	 * some of them realise the claim (der im Innenministerium angesiedelten); not a participle right
	 * after its article and adjectives (die geplante).
	 */
	private static boolean complementRealised(List<String> tags, Set<Integer> realising, int participle) {
		int i = participle - 1;
		while (i >= 0 && (tags.get(i).equals("ADJ") || tags.get(i).equals("ADV"))) {
			i--;
		}
		if (i < 0 || ARTICLES.contains(tags.get(i))) {
			return false;
		}
		boolean realised = false;
		for (; i >= 0 && i >= participle - REACH; i--) {
			String tag = tags.get(i);
			if (tag.equals("DET")) {
				return realised;
			}
			if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT")) {
				return false;
			}
			realised |= realising.contains(i);
		}
		return false;
	}
}
