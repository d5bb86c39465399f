package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's predicative word to another person: the word stands right
 * before a name that realises nothing of the claim, as its apposition ({@code Der Australier Peter
 * Greste, der Kanadier Mohammed Fahmi …} for {@code Mohammed Fahmi ist Australier}; also after a
 * phrase and a comma: der Minderheitsführer im Senat, Harry Reid), while the
 * sentence names the claim's subject elsewhere. The sentence says it of someone else, so it does not
 * state the claim, however many of its words it shares.
 */
public final class ApposedToAnother {

	private ApposedToAnother() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the token of the sentence's other name the claim's predicative word is apposed to
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		if (alignment.matches().stream().noneMatch(m -> subject.get().contains(m.claimTerm().index())
				&& m.claimTerm().kind() == TermKind.NAME && m.realisedInSentence())) {
			return Optional.empty();
		}
		Set<Integer> realising = alignment.matchedSentenceTokens();
		List<String> tags = sentence.tags();
		for (TermMatch match : alignment.matches()) {
			int word = match.claimTerm().index();
			if (subject.get().contains(word) || !match.realisedInSentence() || match.claimTerm().kind() != TermKind.NOUN
					&& match.claimTerm().kind() != TermKind.NAME || !AnotherPredicate.predicative(claim, word)) {
				continue;
			}
			int first = afterPlaceOfOffice(sentence, match.sentenceTerm().index() + 1);
			int last = first;
			while (last < tags.size() && tags.get(last).equals("PROPN")) {
				last++;
			}
			if (last == first) {
				continue;
			}
			if (IntStream.range(first, last).noneMatch(realising::contains)) {
				return Optional.of(first);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where a name apposed to a noun begins when a phrase and a comma stand between them (der
	 * Minderheitsführer im Senat, Harry Reid): after the comma; otherwise right after the noun.
	 */
	private static int afterPlaceOfOffice(AnalyzedText sentence, int after) {
		List<String> tags = sentence.tags();
		if (after >= tags.size() || !tags.get(after).startsWith("ADP")) {
			return after;
		}
		int i = after + 1;
		while (i < tags.size() && (tags.get(i).equals("DET") || tags.get(i).equals("ADJ"))) {
			i++;
		}
		if (i >= tags.size() || !tags.get(i).equals("NOUN") && !tags.get(i).equals("PROPN")) {
			return after;
		}
		i++;
		return i + 1 < tags.size() && sentence.tokens().get(i).text().equals(",") ? i + 1 : after;
	}
}
