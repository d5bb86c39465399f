package org.factcheck.evidence.alignment;

import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.TermKind;

/**
 * The predicate of a claim: its full verbs, apart from verbs of saying (sagen, erklären, betonen
 * ...), which only attribute the statement. A sentence that lacks the predicate does not make the
 * claim's statement, however many other words it shares.
 */
final class Predicates {

	/** The score from which a claim verb counts as found. */
	static final double MATCHED = 0.7;

	private Predicates() {
	}

	static boolean isPredicate(Term term) {
		return term.kind() == TermKind.VERB && !ReportingVerbs.isReporting(term);
	}
}
