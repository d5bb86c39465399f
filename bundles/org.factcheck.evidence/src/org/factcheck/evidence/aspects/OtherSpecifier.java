package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A word of the claim before its noun ({@code Schweizer Behörden}) where the sentence realises the
 * noun by a hyphenated word that begins with another ({@code US-Behörden}): the sentence specifies
 * another one of the kind, so it neither leaves the claim's word out nor counts the same thing.
 */
public final class OtherSpecifier {

	/** How long the beginnings of two words must be to count them alike (Schweizer / Schweiz-). */
	private static final int STEM = 4;

	private OtherSpecifier() {
	}

	/**
	 * @param gap       a word of the claim the sentence leaves unrealised
	 * @param alignment the claim's alignment to the sentence
	 * @return whether the gap stands before a noun of the claim that the sentence realises by a
	 *         hyphenated word with another first part
	 */
	public static boolean specifies(AnalyzedText claim, Term gap, Alignment alignment) {
		if (gap.kind() != TermKind.ADJECTIVE && gap.kind() != TermKind.NAME) {
			return false;
		}
		List<String> tags = claim.tags();
		int noun = gap.index() + 1;
		while (noun < tags.size() && tags.get(noun).equals("ADJ")) {
			noun++;
		}
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() == noun && match.claimTerm().kind() == TermKind.NOUN && match.realisedInSentence()) {
				String said = match.sentenceTerm().text();
				int hyphen = said.indexOf('-');
				return hyphen > 0 && hyphen < said.length() - 1 && !alike(gap.text(), said.substring(0, hyphen))
						&& !match.claimTerm().text().contains("-");
			}
		}
		return false;
	}

	private static boolean alike(String word, String part) {
		String a = word.toLowerCase(Locale.GERMAN);
		String b = part.toLowerCase(Locale.GERMAN);
		int shared = Math.min(STEM, Math.min(a.length(), b.length()));
		return a.regionMatches(0, b, 0, shared);
	}
}
