package org.factcheck.evidence.terms;

import java.util.List;
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

	private static final Set<String> QUOTES = Set.of("„", "“", "”", "\"", "»", "«");

	private ReportingVerbs() {
	}

	public static boolean isReporting(Term term) {
		return term.kind() == TermKind.VERB && KEYS.contains(term.key());
	}

	/**
	 * Whether the text's verb of saying is an act of its own rather than the attribution of reported
	 * words: it takes an object (Die Regierung bekräftigte ihre Position, Die USA bestätigten die
	 * Berichte), so no comma or colon follows it before other punctuation (Yoon sagte, …; Am Montag
	 * erklärte Eva Lang: …) and no quotation stands before it („…“, sagte Miller). A verb beside es or
	 * sich (es gibt, gab es, befand sich, äußerte sich) is no such act.
	 */
	public static boolean isAct(AnalyzedText text, Term verb) {
		if (!isReporting(verb) || beside(text, verb.index(), "es") || beside(text, verb.index(), "sich")) {
			return false;
		}
		for (int i = verb.index() + 1; i < text.tags().size(); i++) {
			if (text.tags().get(i).equals("PUNCT")) {
				String mark = text.tokens().get(i).text();
				if (mark.equals(",") || mark.equals(":")) {
					return false;
				}
				break;
			}
		}
		return text.tokens().subList(0, verb.index()).stream().noneMatch(t -> QUOTES.contains(t.text()));
	}

	private static boolean beside(AnalyzedText text, int at, String word) {
		List<String> words = text.lowerCaseWords();
		return at > 0 && words.get(at - 1).equals(word) || at + 1 < words.size() && words.get(at + 1).equals(word);
	}
}
