package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.AlignedSentence;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A noun of the claim after a preposition where the sentence puts another noun after the same
 * preposition, one that realises nothing of the claim ({@code per E-Mail} / {@code per SMS},
 * {@code im Parlament} / {@code im Interview}): the sentence does not leave out how, where or with
 * what, it says otherwise, so that noun is never the tolerated gap. Articles and adjectives may stand
 * between preposition and noun on either side.
 */
final class ReplacedObject {

	private static final Set<String> BETWEEN = Set.of("DET", "ADJ", "NUM");
	private static final int MAX_BETWEEN = 2;

	private ReplacedObject() {
	}

	static boolean replaces(AnalyzedText claim, AlignedSentence sentence, Term gap) {
		if (gap.kind() != TermKind.NOUN) {
			return false;
		}
		int preposition = prepositionBefore(claim, gap.index());
		if (preposition < 0 || relational(claim, gap.index())) {
			return false;
		}
		String wanted = claim.tokens().get(preposition).text().toLowerCase(Locale.GERMAN);
		AnalyzedText said = sentence.analysis();
		Set<Integer> realising = sentence.alignment().matchedSentenceTokens();
		List<String> tags = said.tags();
		for (int i = 0; i < tags.size(); i++) {
			if (!tags.get(i).equals("ADP") || !said.tokens().get(i).text().toLowerCase(Locale.GERMAN).equals(wanted)) {
				continue;
			}
			int object = i + 1;
			while (object < tags.size() && object - i - 1 < MAX_BETWEEN && BETWEEN.contains(tags.get(object))
					&& !realising.contains(object)) {
				object++;
			}
			if (object < tags.size() && (tags.get(object).equals("NOUN") || tags.get(object).equals("PROPN"))
					&& !realising.contains(object) && !headOf(said.tokens().get(object).text(), gap.text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A noun followed by an article or von, which makes it part of a phrase that works as a
	 * preposition (in der Nähe des, im Rahmen von): it relates rather than names.
	 */
	private static boolean relational(AnalyzedText claim, int noun) {
		int next = noun + 1;
		return next < claim.tokens().size()
				&& (claim.tags().get(next).equals("DET") || claim.tokens().get(next).text().equals("von"));
	}

	/** Whether {@code head} is the last part of the compound {@code compound} (Durchschnitt, Landesdurchschnitt). */
	private static boolean headOf(String head, String compound) {
		return head.length() >= 3 && compound.length() > head.length()
				&& compound.toLowerCase(Locale.GERMAN).endsWith(head.toLowerCase(Locale.GERMAN));
	}

	/** The index of the preposition governing the noun at {@code noun}, or -1. */
	private static int prepositionBefore(AnalyzedText claim, int noun) {
		for (int k = noun - 1; k >= 0 && noun - k - 1 <= MAX_BETWEEN; k--) {
			String tag = claim.tags().get(k);
			if (tag.equals("ADP")) {
				return k;
			}
			if (!BETWEEN.contains(tag)) {
				return -1;
			}
		}
		return -1;
	}
}
