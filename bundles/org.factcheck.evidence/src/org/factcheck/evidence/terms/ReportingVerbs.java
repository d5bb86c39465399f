package org.factcheck.evidence.terms;

import java.util.Set;
import java.util.stream.Collectors;

import org.factcheck.text.data.DataFile;
import org.factcheck.text.quotes.QuoteFinder;

/**
 * Verbs of saying (sagen, erklären, betonen, ...), which attribute a statement rather than make
 * it, by their lemma keys; the word list is the text bundle's {@code data/speech-verbs.txt}.
 */
public final class ReportingVerbs {

	private static final Set<String> KEYS = DataFile.lines(QuoteFinder.class, "data/speech-verbs.txt").stream()
			.filter(word -> word.length() > 2).map(word -> WordKeys.key(word, TermKind.VERB)).collect(Collectors.toSet());

	private ReportingVerbs() {
	}

	public static boolean isReporting(Term term) {
		return term.kind() == TermKind.VERB && KEYS.contains(term.key());
	}
}
