package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ClauseRoles;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A passage of two sentences whose word realising the claim's predicate (its full verb, or the
 * adjective a claim without one predicates: war vorbestraft) stands in a sentence that says it of
 * another person: the subject of that word's clause is a name that realises nothing of the claim's
 * subject, or a personal pronoun that cannot refer to it ({@code ihr Mann … Erschwerend wertete das
 * Gericht, dass sie vorbestraft ist} for {@code Der Mann der Hundezüchterin war vorbestraft}). Such
 * a passage does not state the claim.
 */
public final class PredicateOfAnother {

	private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

	private static final Set<String> SUBORDINATORS = Set.of("dass", "weil", "obwohl", "nachdem", "während", "wenn", "als",
			"da", "ob", "bevor", "sobald");

	/** Nominative articles of a masculine singular subject. */
	private static final Set<String> MASCULINE = Set.of("der", "ein", "dieser", "jener", "kein");

	/** Nominative articles of a feminine singular or a plural subject. */
	private static final Set<String> FEMININE_OR_PLURAL = Set.of("die", "eine", "diese", "jene", "keine");

	private PredicateOfAnother() {
	}

	/** Whether the text is a passage and says the claim's predicate there of another person than the claim's subject. */
	public static boolean saysItOfAnother(AnalyzedText claim, AnalyzedText passage, Alignment alignment) {
		if (!joinsSentences(passage)) {
			return false;
		}
		Optional<ClauseRoles.Span> subject = ClauseRoles.subject(claim);
		Optional<Term> predicate = predicate(claim);
		if (subject.isEmpty() || predicate.isEmpty()) {
			return false;
		}
		for (TermMatch match : alignment.matches()) {
			if (match.claimTerm() == predicate.get() && match.realisedInSentence()) {
				Optional<Integer> other = clauseSubject(passage, match.sentenceTerm().index());
				if (other.isPresent() && another(claim, subject.get(), passage, alignment, other.get())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a sentence ends before the text's last token: two sentences joined. */
	private static boolean joinsSentences(AnalyzedText text) {
		List<String> words = text.lowerCaseWords();
		List<String> tags = ClauseRoles.tags(text);
		for (int i = 0; i + 1 < words.size(); i++) {
			if (tags.get(i).equals("PUNCT") && SENTENCE_END.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** The claim's first full verb (verbs of saying aside), or, where it has none, the adjective after its copula. */
	static Optional<Term> predicate(AnalyzedText claim) {
		Optional<Term> verb = claim.terms().stream().filter(t -> t.kind() == TermKind.VERB && Elements.isElement(t)
				&& !ReportingVerbs.isReporting(t) && claim.tags().get(t.index()).equals("VERB")).findFirst();
		if (verb.isPresent() || claim.tags().contains("VERB")) {
			return verb;
		}
		return claim.terms().stream().filter(t -> t.kind() == TermKind.ADJECTIVE && afterCopula(claim, t.index())).findFirst();
	}

	private static boolean afterCopula(AnalyzedText claim, int word) {
		List<String> tags = claim.tags();
		int at = word - 1;
		while (at >= 0 && (tags.get(at).equals("ADV") || tags.get(at).equals("PART"))) {
			at--;
		}
		return at >= 0 && tags.get(at).equals("AUX");
	}

	/**
	 * The first token of the plain subject of the clause around the word: right after the
	 * subordinating conjunction that opens it, at its start before its finite verb, or right after
	 * that verb where the clause opens otherwise.
	 */
	private static Optional<Integer> clauseSubject(AnalyzedText text, int word) {
		List<String> tags = ClauseRoles.tags(text);
		List<String> words = text.lowerCaseWords();
		int start = ClauseBoundary.start(text, word);
		if (start >= word) {
			return Optional.empty();
		}
		if (tags.get(start).equals("SCONJ") || SUBORDINATORS.contains(words.get(start))) {
			return start + 1 < word ? Optional.of(start + 1) : Optional.empty();
		}
		int finite = start;
		while (finite < word && !(tags.get(finite).equals("AUX") || tags.get(finite).equals("VERB"))) {
			finite++;
		}
		if (finite >= word) {
			return Optional.empty();
		}
		boolean opensWithName = tags.get(start).equals("PROPN") || tags.get(start).equals("PRON");
		if (opensWithName && (finite == start + 1 || tags.subList(start, finite).stream().allMatch("PROPN"::equals))) {
			return Optional.of(start);
		}
		return finite == start + 1 || finite > start + 1 && !opensWithName ? Optional.of(finite + 1) : Optional.empty();
	}

	/**
	 * Whether the subject at the token is another person than the claim's: a name (its words proper
	 * names) no word of which realises a word of the claim's subject, or er / sie where the claim's
	 * subject opens with an article of the other gender.
	 */
	private static boolean another(AnalyzedText claim, ClauseRoles.Span subject, AnalyzedText text, Alignment alignment, int at) {
		List<String> tags = ClauseRoles.tags(text);
		String word = text.lowerCaseWords().get(at);
		if (tags.get(at).equals("PRON")) {
			String article = claim.lowerCaseWords().get(subject.first());
			return word.equals("sie") && MASCULINE.contains(article) || word.equals("er") && FEMININE_OR_PLURAL.contains(article);
		}
		if (!tags.get(at).equals("PROPN")) {
			return false;
		}
		int last = at;
		while (last + 1 < tags.size() && tags.get(last + 1).equals("PROPN")) {
			last++;
		}
		int end = last;
		return alignment.matches().stream().noneMatch(m -> m.matched() && m.sentenceTerm() != null
				&& m.sentenceTerm().index() >= at && m.sentenceTerm().index() <= end && subject.contains(m.claimTerm().index()));
	}
}
