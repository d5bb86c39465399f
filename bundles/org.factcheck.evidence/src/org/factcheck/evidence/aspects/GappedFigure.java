package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's number in a clause without a verb of its own (a gapped
 * coordinate: Kaffee verteuerte sich um ein Drittel, Tee um zwölf Prozent) that opens with a noun or
 * name realising nothing of the claim, while it realises the claim's nouns or names in another
 * clause: the figure is that of the other thing (Tee), which shares only the verb of the first
 * clause. Such a sentence does not give the claim's figure for the claim's thing.
 */
public final class GappedFigure {

	private GappedFigure() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return whether a realised number of the claim stands in such a gapped clause of another thing
	 */
	public static boolean forAnother(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Set<Integer> matched = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		for (TermMatch number : alignment.matches()) {
			if (number.claimTerm().kind() != TermKind.NUMBER || !number.realisedInSentence()) {
				continue;
			}
			int at = number.sentenceTerm().index();
			int start = ClauseBoundary.start(sentence, at);
			int end = ClauseBoundary.end(sentence, at);
			if (start == 0 || hasVerb(tags, start, end)) {
				continue;
			}
			int opening = start;
			while (opening < at && (tags.get(opening).equals("DET") || tags.get(opening).equals("ADJ"))) {
				opening++;
			}
			if (opening >= at || !(tags.get(opening).equals("NOUN") || tags.get(opening).equals("PROPN"))
					|| matched.contains(opening)) {
				continue;
			}
			boolean thingElsewhere = alignment.matches().stream()
					.anyMatch(m -> (m.claimTerm().kind() == TermKind.NOUN || m.claimTerm().kind() == TermKind.NAME)
							&& m.realisedInSentence() && !unit(claim, m.claimTerm().index())
							&& (m.sentenceTerm().index() < start || m.sentenceTerm().index() > end));
			if (thingElsewhere && hasVerb(tags, 0, start - 1)) {
				return true;
			}
		}
		return false;
	}

	/** A noun right after a number of the claim: its unit (Prozent, Euro), part of the figure. */
	private static boolean unit(AnalyzedText claim, int token) {
		return token > 0 && claim.tags().get(token - 1).equals("NUM");
	}

	private static boolean hasVerb(List<String> tags, int from, int to) {
		for (int i = from; i <= to; i++) {
			if (tags.get(i).equals("VERB") || tags.get(i).equals("AUX")) {
				return true;
			}
		}
		return false;
	}
}
