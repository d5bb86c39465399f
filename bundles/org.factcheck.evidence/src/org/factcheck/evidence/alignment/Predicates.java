package org.factcheck.evidence.alignment;

import java.util.Set;
import java.util.stream.Collectors;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;
import org.factcheck.text.data.DataFile;
import org.factcheck.text.quotes.QuoteFinder;

/**
 * The predicate of a claim: its full verbs, apart from verbs of saying (sagen, erklären, betonen
 * ...), which only attribute the statement. A sentence that lacks the predicate does not make the
 * claim's statement, however many other words it shares.
 */
final class Predicates {

	/** The score from which a claim verb counts as found. */
	static final double MATCHED = 0.7;

	private static final Set<String> REPORTING = DataFile.lines(QuoteFinder.class, "data/speech-verbs.txt").stream()
			.filter(word -> word.length() > 2).map(word -> WordKeys.key(word, TermKind.VERB)).collect(Collectors.toSet());

	private Predicates() {
	}

	static boolean isPredicate(Term term) {
		return term.kind() == TermKind.VERB && !REPORTING.contains(term.key());
	}
}
