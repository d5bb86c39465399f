package org.factcheck.checkers.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * Who a claim says said something: the name next to a verb of saying ("Miller sagte, …",
 * "…, sagte Miller"), after "laut" or before "zufolge".
 */
public final class ClaimedSpeaker {

	private ClaimedSpeaker() {
	}

	/** The keys of the speaker's name words, empty when the claim names no speaker. */
	public static List<String> in(AnalyzedText claim) {
		List<Term> terms = claim.terms();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			if (ReportingVerbs.isReporting(term)) {
				List<String> before = namesEndingAt(claim, term.index() - 1);
				return before.isEmpty() ? namesStartingAt(claim, term.index() + 1) : before;
			}
		}
		for (int t = 0; t < claim.tokens().size(); t++) {
			String word = claim.tokens().get(t).text().toLowerCase(Locale.GERMAN);
			if (word.equals("laut")) {
				return namesStartingAt(claim, t + 1);
			}
			if (word.equals("zufolge")) {
				return namesEndingAt(claim, t - 1);
			}
		}
		return List.of();
	}

	private static List<String> namesEndingAt(AnalyzedText claim, int token) {
		List<String> names = new ArrayList<>();
		for (int t = token; t >= 0 && name(claim, t) != null; t--) {
			names.add(0, name(claim, t).key());
		}
		return names;
	}

	private static List<String> namesStartingAt(AnalyzedText claim, int token) {
		List<String> names = new ArrayList<>();
		for (int t = token; t < claim.tokens().size() && name(claim, t) != null; t++) {
			names.add(name(claim, t).key());
		}
		return names;
	}

	private static Term name(AnalyzedText claim, int token) {
		return claim.terms().stream().filter(term -> term.index() == token && term.kind() == TermKind.NAME).findFirst()
				.orElse(null);
	}
}
