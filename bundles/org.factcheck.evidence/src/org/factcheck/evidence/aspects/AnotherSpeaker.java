package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.DescribedSubject;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.PersonNames;
import org.factcheck.evidence.terms.Term;
import org.factcheck.text.lexicon.Countries;

/**
 * A sentence that gives the words a claim reports to another speaker: the claim has a named speaker
 * ({@code Eva Lang erklärte, die Schule werde 2021 fertig}), and the verb of saying of the sentence
 * that introduces the reported words has a speaker named otherwise, none of whose names is the
 * claim's ({@code Stadtrat Paul Huber erklärte, dass die Schule 2021 fertig werde. Eva Lang lobte
 * die Baufirma.}). The words are the same, the person who said them is not: the sentence does not
 * state the claim. A sentence whose speaker is a pronoun or a role without a name is not concerned,
 * nor one whose speaker is named by the country they come from ({@code erklärte der Schweizer}, a
 * description of someone named before), nor a claim without a named speaker; places in the
 * speaker's clause (In Wien erklärte …) are no speakers.
 *
 * @param claimVerb    the index of the claim's verb of saying
 * @param reported     the index of the claim's comma or colon after which it gives what was said
 * @param sentenceVerb the index of the sentence's verb of saying that introduces the reported words
 */
public record AnotherSpeaker(int claimVerb, int reported, int sentenceVerb) {

	/** Whether the claim's word stands before what it reports: its speaker and the verb of saying. */
	public boolean introduces(Term claimTerm) {
		return claimTerm.index() < reported;
	}

	/** Word classes within a noun phrase. */
	private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

	/** Punctuation that ends a sentence of a passage. */
	private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

	/** Punctuation after which a claim's verb of saying is followed by what was said. */
	private static final Set<String> REPORT_OPENINGS = Set.of(",", ":");

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence's verb of saying, when it has a named speaker other than the claim's
	 */
	public static Optional<AnotherSpeaker> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<Term> verb = claim.terms().stream().filter(ReportingVerbs::isReporting).findFirst();
		if (verb.isEmpty()) {
			return Optional.empty();
		}
		int saying = verb.get().index();
		int reported = reportOpening(claim, saying);
		if (reported < 0 || claim.terms().stream().noneMatch(t -> t.index() < reported && PersonNames.isPersonLike(t))) {
			return Optional.empty();
		}
		int firstSaid = alignment.matches().stream()
				.filter(m -> m.claimTerm().index() > reported && Elements.isElement(m.claimTerm()) && realised(m))
				.mapToInt(m -> m.sentenceTerm().index()).min().orElse(-1);
		if (firstSaid < 0) {
			return Optional.empty();
		}
		int from = sentenceStart(sentence, firstSaid);
		int to = sentenceEnd(sentence, firstSaid);
		Optional<Term> before = sentence.terms().stream()
				.filter(t -> ReportingVerbs.isReporting(t) && t.index() >= from && t.index() < firstSaid)
				.reduce((first, second) -> second);
		Optional<Term> introducing = before.isPresent() ? before : sentence.terms().stream()
				.filter(t -> ReportingVerbs.isReporting(t) && t.index() > firstSaid && t.index() <= to).findFirst();
		if (introducing.isEmpty()) {
			return Optional.empty();
		}
		int at = introducing.get().index();
		int speakerFrom = before.isPresent() ? from : at + 1;
		int speakerTo = before.isPresent() ? clauseEnd(sentence, at, firstSaid) : to;
		List<Term> names = sentence.terms().stream()
				.filter(t -> t.index() >= speakerFrom && t.index() <= speakerTo && t.index() != at && isPersonLike(sentence, t)).toList();
		boolean otherSpeaker = !names.isEmpty() && names.stream().noneMatch(name -> realisesAny(alignment, name));
		return otherSpeaker ? Optional.of(new AnotherSpeaker(saying, reported, at)) : Optional.empty();
	}

	/**
	 * The index after which the claim gives what was said: the comma or colon that follows its verb
	 * of saying (after the speaker, Am Montag sagte Eva Lang, …), or -1 where the verb takes an
	 * object instead (Die Regierung bekräftigte ihre Position).
	 */
	private static int reportOpening(AnalyzedText claim, int saying) {
		for (int i = saying + 1; i < claim.tags().size(); i++) {
			if (claim.tags().get(i).equals("PUNCT")) {
				return REPORT_OPENINGS.contains(claim.tokens().get(i).text()) ? i : -1;
			}
		}
		return -1;
	}

	private static int sentenceStart(AnalyzedText text, int at) {
		int start = at;
		while (start > 0 && !endsSentence(text, start - 1)) {
			start--;
		}
		return start;
	}

	private static int sentenceEnd(AnalyzedText text, int at) {
		int end = at;
		while (end + 1 < text.tokens().size() && !endsSentence(text, end + 1)) {
			end++;
		}
		return end;
	}

	/** The end of the speaker's part after a verb of saying that opens a clause (sagte Eva Lang, dass …). */
	private static int clauseEnd(AnalyzedText text, int verb, int limit) {
		int end = verb;
		while (end + 1 < limit && !text.tags().get(end + 1).equals("PUNCT")) {
			end++;
		}
		return end;
	}

	private static boolean endsSentence(AnalyzedText text, int at) {
		return text.tags().get(at).equals("PUNCT") && SENTENCE_ENDS.contains(text.tokens().get(at).text());
	}

	/**
	 * A name that may be the speaker: not a place, day or month, nor in a prepositional phrase (In
	 * Wien erklärte der Minister …, Am Donnerstag sagte …, Laut AFP sagte ein Sprecher …), nor a
	 * country's inhabitant (der Schweizer) or a nominalised adjective (der Grüne: {@link DescribedSubject}),
	 * which describe a person as a role does.
	 */
	private static boolean isPersonLike(AnalyzedText sentence, Term term) {
		return PersonNames.isPersonLike(term) && !afterPreposition(sentence.tags(), term.index())
				&& Countries.german().inhabitants(term.text()).isEmpty()
				&& !DescribedSubject.nominalisedAdjective(sentence, term.index());
	}

	private static boolean afterPreposition(List<String> tags, int at) {
		int before = at - 1;
		while (before >= 0 && NOUN_PHRASE.contains(tags.get(before))) {
			before--;
		}
		return before >= 0 && tags.get(before).startsWith("ADP");
	}

	private static boolean realised(TermMatch match) {
		return match.realisedInSentence();
	}

	private static boolean realisesAny(Alignment alignment, Term sentenceTerm) {
		return alignment.matches().stream()
				.anyMatch(m -> m.matched() && m.sentenceTerm() != null && m.sentenceTerm().index() == sentenceTerm.index());
	}
}
