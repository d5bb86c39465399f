package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The claim's verb where the sentence gives all the claim's other words within one prepositional
 * phrase ({@code nach dem Länderspiel zwischen Deutschland und der Slowakei} for {@code Deutschland
 * gewann das Länderspiel gegen die Slowakei}): the sentence only mentions what the claim speaks of,
 * as the time or circumstance of something else, and says nothing of it the claim's verb could
 * leave unsaid.
 */
public final class PrepositionalMention {

	private static final Set<String> PREPOSITIONS = Set.of("ADP", "ADP+DET");
	/** What a prepositional phrase holds: its noun, articles, attributes, names, coordinated members, further phrases. */
	private static final Set<String> PHRASE = Set.of("ADP", "ADP+DET", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ");

	private PrepositionalMention() {
	}

	/**
	 * Whether {@code gap}, a full verb of the claim the sentence leaves unsaid, stands for a phrase that
	 * only mentions the rest, the claim's named subject among it. A claim whose subject is a common
	 * noun or a pronoun is left alone: während seiner Zeit in den Vereinigten Staaten does say that he
	 * spent time there.
	 */
	public static boolean onlyMentions(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !Elements.isElement(gap)) {
			return false;
		}
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		if (subject.isEmpty() || alignment.matches().stream().noneMatch(m -> m.realisedInSentence()
				&& m.claimTerm().kind() == TermKind.NAME && subject.get().contains(m.claimTerm().index()))) {
			return false;
		}
		List<Integer> realising = alignment.matches().stream().filter(m -> m.claimTerm() != gap && m.realisedInSentence())
				.map(TermMatch::sentenceTerm).map(Term::index).sorted().toList();
		if (realising.size() < 2) {
			return false;
		}
		List<String> tags = sentence.tags();
		int first = realising.get(0);
		int last = realising.get(realising.size() - 1);
		int preposition = first - 1;
		while (preposition >= 0 && PHRASE.contains(tags.get(preposition)) && !PREPOSITIONS.contains(tags.get(preposition))) {
			preposition--;
		}
		if (preposition < 0 || !PREPOSITIONS.contains(tags.get(preposition))) {
			return false;
		}
		for (int i = preposition + 1; i <= last; i++) {
			if (!PHRASE.contains(tags.get(i))) {
				return false;
			}
		}
		return true;
	}
}
