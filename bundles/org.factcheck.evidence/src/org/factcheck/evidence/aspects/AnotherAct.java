package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Aligner;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence that gives the claim's doer another act in the clause where it names it: the claim's
 * verb is the word the sentence leaves unsaid, and the sentence's clause with the claim's subject as
 * its subject ({@code Die Stadt verkaufte das Grundstück} for {@code Die Stadt behielt das
 * Grundstück}; {@code Dann rief Anna ihren Bruder an} for {@code Anna besuchte ihren Bruder}) has a
 * full verb of its own that realises nothing of the claim. The sentence tells what the doer did, and
 * it is something else: a claim whose act is replaced so is not stated, however many of its other
 * words the sentence shares. A claim that opens with a personal pronoun is compared with the
 * sentence's clauses whose subject is the same pronoun ({@code Er fotografierte den Leuchtturm} for
 * {@code Er konnte den Leuchtturm sehen}). A sentence that names the doer without an act of its own in that clause
 * (a genitive, a prepositional phrase, a clause with only the claim's other verbs) is not concerned.
 */
public final class AnotherAct {

	/** Word classes of a noun phrase. */
	private static final Set<String> NOUN_PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");


	/** Adverbs that, as a predicate, take a stance (Die Opposition ist dagegen). */
	private static final Set<String> STANCES = Set.of("dagegen", "dafur");

	/** Pronouns that open a relative clause on the noun before them. */
	private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen", "deren",
			"welcher", "welche", "welches", "welchem", "welchen");

	/** Words before a noun within its phrase. */
	private static final Set<String> MODIFIERS = Set.of("DET", "ADJ", "NUM");

	private AnotherAct() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @param gap       the claim word the sentence leaves unsaid
	 * @return the sentence's verb that replaces the claim's, when the gap is the verb of the claim's
	 *         opening clause and the sentence gives the claim's subject another act
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || !Elements.isElement(gap)) {
			return Optional.empty();
		}
		boolean pronoun = opensWithPersonalPronoun(claim);
		int finite = pronoun ? 1 : openingSubjectEnd(claim);
		if (finite < 0 || gap.index() < finite || boundaryBetween(claim, finite, gap.index())) {
			return Optional.empty();
		}
		// a passive clause's subject is its patient: a passive claim is compared with passive clauses only
		boolean passive = ClauseRoles.isPassiveAuxiliary(claim.lowerCaseWords().get(finite)) || modalPassive(claim, finite, gap);
		if (pronoun) {
			return actOfPronoun(claim.lowerCaseWords().get(0), sentence, alignment, passive);
		}
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() < finite && realised(match)) {
				Optional<Integer> verb = actOfSubject(sentence, alignment, match.sentenceTerm().index(), passive);
				if (verb.isPresent()) {
					return verb;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the claim's verb is a zu-infinitive after a finite sein (Er ist schwer zu finden): a
	 * modal passive, whose subject is the act's patient.
	 */
	private static boolean modalPassive(AnalyzedText claim, int finite, Term gap) {
		return Copulas.ofBeing(claim.lowerCaseWords().get(finite)) && gap.index() > 0
				&& claim.lowerCaseWords().get(gap.index() - 1).equals("zu");
	}

	/** Whether the claim opens with a personal pronoun right before its finite verb (Er konnte …, Ich habe …). */
	private static boolean opensWithPersonalPronoun(AnalyzedText claim) {
		return claim.tags().size() > 2 && ClauseRoles.openingPersonPronoun(claim).isPresent();
	}

	/**
	 * The act the sentence gives the same pronoun as a subject: a pronoun is no content word the
	 * alignment matches, so the sentence's occurrences of it are compared by their form.
	 */
	private static Optional<Integer> actOfPronoun(String pronoun, AnalyzedText sentence, Alignment alignment, boolean passive) {
		List<String> words = sentence.lowerCaseWords();
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals(pronoun)) {
				Optional<Integer> verb = actOfSubject(sentence, alignment, i, passive);
				if (verb.isPresent()) {
					return verb;
				}
			}
		}
		return Optional.empty();
	}

	/** Prepositions that name the doer of a passive act (vom Bauamt unterstützt). */
	private static final Set<String> AGENT = Set.of("von", "vom");

	/** How many articles and adjectives may stand between the preposition and the doer. */
	private static final int AGENT_REACH = 3;

	/**
	 * The claim's passive verb, named after its doer (wird vom Bauamt unterstützt), where the
	 * sentence names the same doer after von or vom and right after it another participle that
	 * realises nothing of the claim (vom Bauamt beeinsprucht): the sentence gives the doer another
	 * act, so the verb is no word it merely leaves unsaid.
	 *
	 * @return the sentence's participle that replaces the claim's
	 */
	public static Optional<Integer> ofTheDoer(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term gap) {
		if (gap.kind() != TermKind.VERB || gap.index() == 0 || !claim.tags().get(gap.index() - 1).equals("NOUN")
				&& !claim.tags().get(gap.index() - 1).equals("PROPN")) {
			return Optional.empty();
		}
		int doer = gap.index() - 1;
		if (!afterAgentPreposition(claim, doer)) {
			return Optional.empty();
		}
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm().index() != doer || !realised(match)) {
				continue;
			}
			int said = match.sentenceTerm().index();
			int next = said + 1;
			if (afterAgentPreposition(sentence, said) && next < sentence.tags().size() && sentence.tags().get(next).equals("VERB")
					&& sentence.termAt(next).filter(participle -> !realisesAny(alignment, participle)).isPresent()) {
				return Optional.of(next);
			}
		}
		return Optional.empty();
	}

	private static boolean afterAgentPreposition(AnalyzedText text, int noun) {
		for (int i = noun - 1; i >= 0 && i >= noun - 1 - AGENT_REACH; i--) {
			if (AGENT.contains(text.lowerCaseWords().get(i))) {
				return true;
			}
			String tag = text.tags().get(i);
			if (!tag.equals("DET") && !tag.equals("ADJ")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The index of the claim's first verb when the claim opens with a noun phrase right before it (its
	 * subject), else -1.
	 */
	private static int openingSubjectEnd(AnalyzedText claim) {
		List<String> tags = claim.tags();
		boolean noun = false;
		for (int i = 0; i < tags.size(); i++) {
			String tag = tags.get(i);
			if (isVerb(tag)) {
				return noun ? i : -1;
			}
			if (!NOUN_PHRASE.contains(tag)) {
				return -1;
			}
			noun |= isNoun(tag);
		}
		return -1;
	}

	/**
	 * A full verb of the sentence's clause around {@code at} that realises nothing of the claim (or,
	 * after sein or bleiben, a predicative adjective or dagegen/dafür), when
	 * the noun phrase at {@code at} is that clause's subject, or a phrase after a preposition within
	 * it (Truppen unter dem Befehl von Sparta verzögerten …): it opens the clause (after adverbs) before
	 * the finite verb, or follows the finite verb after an adverbial (a verb opening a clause after a
	 * comma or und has left out its subject: nähte Kostüme). A passive claim's subject is its
	 * patient: only a passive clause is compared with it, and an active claim only with an active clause.
	 */
	private static Optional<Integer> actOfSubject(AnalyzedText sentence, Alignment alignment, int at, boolean passive) {
		List<String> tags = sentence.tags();
		int start = ClauseBoundary.start(sentence, at);
		int end = ClauseBoundary.end(sentence, at);
		int first = at;
		while (first > start) {
			if (MODIFIERS.contains(tags.get(first - 1)) || isNoun(tags.get(first - 1)) && tags.get(first).equals("PROPN")) {
				first--;
			} else if (first - 1 > start && tags.get(first - 1).equals("ADP") && isNoun(tags.get(first - 2))) {
				first -= 2;
			} else {
				break;
			}
		}
		int last = at;
		while (last < end && isNoun(tags.get(last + 1))) {
			last++;
		}
		int resumed = afterRelativeClause(sentence, last);
		int acts = start;
		if (resumed > 0 && onlyAdverbs(tags, start, first)) {
			last = resumed - 1;
			acts = resumed;
			end = ClauseBoundary.end(sentence, resumed);
		}
		boolean before = last < end && isVerb(tags.get(last + 1)) && onlyAdverbs(tags, start, first);
		int verbBefore = reflexiveBefore(sentence, first) ? first - 2 : first - 1;
		boolean after = verbBefore > start && isVerb(tags.get(verbBefore)) && adverbialOpening(tags, start, verbBefore)
				&& !ClauseRoles.isOblique(sentence.lowerCaseWords().get(first));
		int finite = before ? last + 1 : verbBefore;
		if (!before && !after) {
			return Optional.empty();
		}
		if (passive != ClauseRoles.isPassiveAuxiliary(sentence.lowerCaseWords().get(finite))) {
			return passive ? Optional.empty() : predicate(sentence, alignment, finite, end);
		}
		for (Term term : sentence.terms()) {
			if (term.index() >= acts && term.index() <= end && term.kind() == TermKind.VERB && tags.get(term.index()).equals("VERB")
					&& Elements.isElement(term) && !realisesAny(alignment, term)) {
				return Optional.of(term.index());
			}
		}
		return predicate(sentence, alignment, finite, end);
	}

	/** Whether a reflexive pronoun stands between the finite verb and the subject at {@code first} (entschuldigte sich die Chefin). */
	private static boolean reflexiveBefore(AnalyzedText sentence, int first) {
		return first >= 2 && sentence.lowerCaseWords().get(first - 1).equals("sich");
	}

	/**
	 * After sein or bleiben at {@code finite}, the predicate up to {@code end} that realises nothing
	 * of the claim: an adjective (war zufrieden) or a stance (ist dagegen).
	 */
	private static Optional<Integer> predicate(AnalyzedText sentence, Alignment alignment, int finite, int end) {
		if (!Copulas.ofBeing(sentence.lowerCaseWords().get(finite))) {
			return Optional.empty();
		}
		for (Term term : sentence.terms()) {
			if (term.index() > finite && term.index() <= end && !realisesAny(alignment, term) && (STANCES.contains(term.key())
					|| term.kind() == TermKind.ADJECTIVE && sentence.tags().get(term.index()).equals("ADJ") && Elements.isElement(term))) {
				return Optional.of(term.index());
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the clause of a subject resumes after a relative clause on it ({@code Die Ministerin, die
	 * dem Gesetz ihren Namen gab, sieht …}): the finite verb after the comma that closes the relative
	 * clause, or -1 when no relative clause follows the subject's last word at {@code last}.
	 */
	private static int afterRelativeClause(AnalyzedText sentence, int last) {
		List<String> words = sentence.lowerCaseWords();
		List<String> tags = sentence.tags();
		if (last + 2 >= words.size() || !words.get(last + 1).equals(",") || !RELATIVE_PRONOUNS.contains(words.get(last + 2))) {
			return -1;
		}
		for (int i = last + 3; i + 1 < words.size(); i++) {
			if (words.get(i).equals(",") && isVerb(tags.get(i + 1))) {
				return i + 1;
			}
			if (tags.get(i).equals("PUNCT") && !words.get(i).equals(",")) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Whether the clause opens with an adverbial before its finite verb at {@code verb}: nothing, or
	 * adverbs, or a prepositional phrase (Am Morgen reparierte der Mechaniker …), so that the noun
	 * phrase after the verb is its subject.
	 */
	private static boolean adverbialOpening(List<String> tags, int from, int verb) {
		if (from == verb) {
			return true;
		}
		String opening = tags.get(from);
		return (opening.equals("ADV") || opening.startsWith("ADP"))
				&& tags.subList(from, verb).stream().allMatch(tag -> tag.equals("ADV") || tag.startsWith("ADP") || NOUN_PHRASE.contains(tag));
	}

	/** Whether the tokens from {@code from} up to {@code to} (exclusive) are adverbs only. */
	private static boolean onlyAdverbs(List<String> tags, int from, int to) {
		return tags.subList(from, to).stream().allMatch(tag -> tag.equals("ADV"));
	}

	private static boolean boundaryBetween(AnalyzedText text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (ClauseBoundary.at(text, i)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the sentence word realises a claim word, by its position or by its key. */
	private static boolean realisesAny(Alignment alignment, Term sentenceTerm) {
		return alignment.matches().stream().anyMatch(m -> m.matched() && m.sentenceTerm() != null
				&& (m.sentenceTerm().index() == sentenceTerm.index() || Aligner.sameKey(m.sentenceTerm().key(), sentenceTerm.key())));
	}

	private static boolean realised(TermMatch match) {
		return match.realisedInSentence();
	}

	private static boolean isNoun(String tag) {
		return tag.equals("NOUN") || tag.equals("PROPN");
	}

	private static boolean isVerb(String tag) {
		return tag.equals("VERB") || tag.equals("AUX");
	}
}
