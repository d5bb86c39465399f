package org.factcheck.evidence.aspects;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.NameCategory;
import org.factcheck.text.lexicon.Reading;

/**
 * A sentence whose clause with the claim's verb has another doer than the claim: the claim's
 * subject is that clause's object ({@code Wawrinka, der … den Serben Novak Djokovic bezwang} for
 * {@code Im Finale bezwang Novak Djokovic Stan Wawrinka}), or the clause's subject is a name the
 * claim does not give while the claim's named subject is missing or stands elsewhere in the sentence
 * ({@code an Ivo Karlovic verloren, der … 45 Asse schlug} for {@code Philippoussis schlug … 45
 * Asse}; {@code Ljubljana nominierte X, Kroatien Y} for {@code Kroatien nominierte X}), or the claim's subject
 * stands after the verb governed by a preposition ({@code Der Spanier gewann … vor Henrik Stenson}). Roles are
 * read within clause boundaries by {@link ClauseRoles}; a participle before a noun (des nach München
 * wechselnden Abwehrchefs Mats Hummels) has that noun as its doer, whatever the clause's roles. Such a
 * sentence does not state the claim, however many of its words it shares.
 *
 * @param claimSubject  the claim's subject
 * @param sentenceAgent the sentence clause's subject
 * @param swapped       whether the claim's subject is the clause's object
 */
public record AnotherActor(ClauseRoles.Span claimSubject, ClauseRoles.Span sentenceAgent, boolean swapped) {

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return another doer when every clause of the sentence with the claim's verb (one sentence
	 *         may repeat it) whose roles are plain has one
	 */
	public static Optional<AnotherActor> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		Optional<TermMatch> verb = subject.isEmpty() ? Optional.empty() : predicate(alignment);
		if (verb.isEmpty()) {
			return Optional.empty();
		}
		Set<Integer> subjectAt = realisedAt(alignment, sentence, subject.get());
		Set<Integer> patientAt = ClauseRoles.around(claim, verb.get().claimTerm().index()).map(ClauseRoles::patient)
				.map(patient -> realisedAt(alignment, sentence, patient)).orElse(Set.of());
		boolean named = claim.terms().stream().anyMatch(t -> subject.get().contains(t.index()) && t.kind() == TermKind.NAME);
		Optional<AnotherActor> another = Optional.empty();
		for (int position : realisedAt(alignment, sentence, verb.get())) {
			if (attributive(sentence, position)) {
				continue;
			}
			Optional<ClauseRoles> roles = ClauseRoles.around(sentence, position);
			if (roles.isPresent()) {
				Optional<AnotherActor> found = inClause(sentence, alignment, subject.get(), roles.get(), subjectAt, patientAt)
						.or(() -> named && governedAfter(sentence, position, subjectAt, roles.get())
								? Optional.of(new AnotherActor(subject.get(), roles.get().agent(), false)) : Optional.empty());
				if (found.isEmpty()) {
					return found;
				}
				another = found;
			}
		}
		return another;
	}

	private static Optional<AnotherActor> inClause(AnalyzedText sentence, Alignment alignment,
			ClauseRoles.Span subject, ClauseRoles clause, Set<Integer> subjectAt, Set<Integer> patientAt) {
		for (ClauseRoles conjunct : clause.conjuncts()) {
			if (subjectAt.stream().anyMatch(conjunct.agent()::contains)) {
				boolean objectElsewhere = !patientAt.isEmpty() && !within(patientAt, conjunct.patient())
						&& clause.conjuncts().stream().anyMatch(c -> within(patientAt, c.patient()));
				return objectElsewhere ? Optional.of(new AnotherActor(subject, clause.agent(), false)) : Optional.empty();
			}
		}
		for (ClauseRoles conjunct : clause.conjuncts()) {
			if (within(subjectAt, conjunct.patient())) {
				return Optional.of(new AnotherActor(subject, conjunct.agent(), true));
			}
		}
		boolean namedSubject = alignment.matches().stream()
				.anyMatch(m -> subject.contains(m.claimTerm().index()) && m.claimTerm().kind() == TermKind.NAME);
		List<Term> agent = sentence.terms().stream().filter(t -> clause.agent().contains(t.index())).toList();
		boolean agentUnrelated = agent.stream().anyMatch(t -> t.kind() == TermKind.NAME)
				&& agent.stream().allMatch(t -> (t.kind() == TermKind.NAME || titles(agent, t)) && !realisesAny(alignment, t));
		return namedSubject && agentUnrelated ? Optional.of(new AnotherActor(subject, clause.agent(), false)) : Optional.empty();
	}

	/**
	 * Whether the claim's subject stands in the clause only after its verb, governed by a preposition
	 * (Der Spanier gewann einen Schlag vor Henrik Stenson, for Henrik Stenson gewann), while the
	 * clause opens with another subject: one clause cannot make the same one both.
	 */
	private static boolean governedAfter(AnalyzedText sentence, int verb, Set<Integer> subjectAt, ClauseRoles clause) {
		if (subjectAt.isEmpty() || clause.agent().last() >= verb || within(subjectAt, clause.agent())) {
			return false;
		}
		List<String> tags = ClauseRoles.tags(sentence);
		for (int at : subjectAt) {
			if (at <= verb) {
				return false;
			}
			int i = at - 1;
			while (i > verb && (tags.get(i).equals("PROPN") || tags.get(i).equals("NOUN") || tags.get(i).equals("DET")
					|| tags.get(i).equals("ADJ") || tags.get(i).equals("NUM"))) {
				i--;
			}
			if (i <= verb || !tags.get(i).startsWith("ADP")) {
				return false;
			}
			for (int j = verb + 1; j < i; j++) {
				if (tags.get(j).equals("PUNCT") || tags.get(j).equals("VERB") || tags.get(j).equals("AUX")
						|| tags.get(j).equals("SCONJ") || tags.get(j).equals("CCONJ")) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The sentence tokens that realise the first word of the claim's phrase the sentence realises:
	 * the one aligned to it and any other with the same key (a name the sentence repeats).
	 */
	private static Set<Integer> realisedAt(Alignment alignment, AnalyzedText sentence, ClauseRoles.Span phrase) {
		return alignment.matches().stream().filter(m -> phrase.contains(m.claimTerm().index()) && realised(m)).findFirst()
				.map(first -> realisedAt(alignment, sentence, first)).orElse(Set.of());
	}

	/** The sentence token aligned to the claim word and any other with the same key. */
	private static Set<Integer> realisedAt(Alignment alignment, AnalyzedText sentence, TermMatch match) {
		Set<Integer> at = new HashSet<>();
		at.add(match.sentenceTerm().index());
		sentence.terms().stream().filter(t -> Aligner.sameKey(t.key(), match.sentenceTerm().key())).forEach(t -> at.add(t.index()));
		return at;
	}

	private static boolean within(Set<Integer> tokens, ClauseRoles.Span span) {
		return span != null && tokens.stream().anyMatch(span::contains);
	}

	/** The claim's first full verb (verbs of saying and auxiliaries aside) that the sentence realises by a word of its own. */
	/**
	 * Whether the claim word the sentence leaves unsaid is its named subject, no name of which the
	 * sentence realises, while the clause of the
	 * sentence that realises the claim's verb names someone who realises nothing of the claim
	 * ({@code gerade hat Google auf der Google I/O … präsentiert} for {@code Microsoft hat auf der Google
	 * I/O … präsentiert}): the sentence tells the act of another, so the subject is no tolerated gap.
	 * The clause is read within its boundaries, not by its roles, which inverted word order hides.
	 */
	public static boolean namedOtherwise(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		if (gap.kind() != TermKind.NAME || !Character.isLetter(gap.text().charAt(0)) || subject.isEmpty()
				|| !subject.get().contains(gap.index()) || alignment.matches().stream().anyMatch(m -> m.matched()
						&& subject.get().contains(m.claimTerm().index()) && m.claimTerm().kind() == TermKind.NAME)) {
			return false;
		}
		Optional<TermMatch> verb = predicate(alignment);
		if (verb.isEmpty()) {
			return false;
		}
		int at = verb.get().sentenceTerm().index();
		int start = ClauseBoundary.start(sentence, at);
		int end = ClauseBoundary.end(sentence, at);
		return sentence.terms().stream().anyMatch(term -> term.index() >= start && term.index() <= end
				&& term.kind() == TermKind.NAME && sentence.tags().get(term.index()).equals("PROPN") && !realisesAny(alignment, term));
	}

	/**
	 * Whether the other doer is named only by words the lexicon knows as common nouns and not as
	 * names, which the tagger took for a name (a headline's {@code Brite will sich … qualifizieren}):
	 * such a noun may describe the claim's subject itself, so it is no evidence of another doer.
	 */
	public boolean describedByCommonNoun(AnalyzedText sentence) {
		List<Term> agent = sentence.terms().stream().filter(t -> sentenceAgent.contains(t.index())).toList();
		GermanLexicon lexicon = GermanLexicon.german();
		return !agent.isEmpty() && agent.stream().allMatch(t -> lexicon.nameCategory(t.text()) == NameCategory.NONE
				&& lexicon.readings(t.text()).stream().anyMatch(Reading::isNoun));
	}

	/**
	 * A participle before a noun (des wechselnden Kapitäns): tagged as an adjective, or a present
	 * participle (never a finite verb) with an adjective's ending before a noun.
	 */
	private static boolean attributive(AnalyzedText sentence, int token) {
		if (sentence.tags().get(token).equals("ADJ")) {
			return true;
		}
		String word = sentence.lowerCaseWords().get(token);
		return token + 1 < sentence.tags().size() && ATTRIBUTE_HEADS.contains(sentence.tags().get(token + 1))
				&& PRESENT_PARTICIPLE.matcher(word).matches()
				&& GermanLexicon.german().readings(word).stream().anyMatch(r -> r.tag().startsWith("PA1"));
	}

	private static final Set<String> ATTRIBUTE_HEADS = Set.of("NOUN", "PROPN", "ADJ");

	private static final Pattern PRESENT_PARTICIPLE = Pattern.compile("\\p{L}+nd(e|en|er|es|em)");

	private static Optional<TermMatch> predicate(Alignment alignment) {
		return alignment.matches().stream().filter(m -> m.claimTerm().kind() == TermKind.VERB
				&& Elements.isElement(m.claimTerm()) && !ReportingVerbs.isReporting(m.claimTerm())).findFirst()
				.filter(AnotherActor::realised);
	}

	private static boolean realised(TermMatch match) {
		return match.realisedInSentence();
	}

	/** A noun right before a name of the same phrase: a title or role (Stadtrat Paul Huber). */
	private static boolean titles(List<Term> phrase, Term term) {
		return term.kind() == TermKind.NOUN
				&& phrase.stream().anyMatch(t -> t.index() == term.index() + 1 && t.kind() == TermKind.NAME);
	}

	private static boolean realisesAny(Alignment alignment, Term sentenceTerm) {
		return alignment.matches().stream()
				.anyMatch(m -> m.matched() && m.sentenceTerm() != null && m.sentenceTerm().index() == sentenceTerm.index());
	}
}
