package org.factcheck.evidence.alignment;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A win over an opponent said in two ways: {@code A gewann (das Spiel) gegen B} or
 * {@code A siegte gegen B}, and {@code A besiegte B} or {@code A schlug B}. The aligner lets one
 * realise the other; which side won is not read here (the numbers checker compares the sides of a
 * result, and a sentence with the sides the other way round is no statement of the claim there).
 * Only a win with its opponent counts: {@code gewinnen} without {@code gegen} in its clause (A
 * gewann die Meisterschaft) is no win over a side, and {@code schlagen} only where its clause names
 * someone and neither counts something (45 Asse schlagen) nor proposes it (vorschlagen).
 */
final class Victory {

	/** Verbs of winning that name the opponent after {@code gegen}. */
	private static final Set<String> WIN = Set.of("gewinnen", "siegen");

	/** Verbs of defeating that take the opponent as object. */
	private static final Set<String> DEFEAT = Set.of("besiegen", "schlagen");

	/** Tokens that end a clause, or a part of a sentence that another verb may govern. */
	private static final Set<String> BOUNDARIES = Set.of(",", ";", ".", "!", "?", "(", ")", "–", "—", ":", "\"", "„", "“");

	private Victory() {
	}

	/** Whether the term is a verb of winning over an opponent in its text, by either wording. */
	static boolean over(AnalyzedText text, Term term) {
		if (term.kind() != TermKind.VERB) {
			return false;
		}
		int index = term.index();
		if (index < 0 || index >= text.lemmas().size()) {
			return false;
		}
		String lemma = text.lemmas().get(index).toLowerCase(Locale.GERMAN);
		if (WIN.contains(lemma)) {
			return clauseHas(text, index, "gegen");
		}
		if (!DEFEAT.contains(lemma)) {
			return false;
		}
		if (lemma.equals("besiegen")) {
			return true;
		}
		return !clauseHas(text, index, "vor") && namesSomeoneCountingNothing(text, index);
	}

	/** Whether the clause around the token has the word (lower case). */
	private static boolean clauseHas(AnalyzedText text, int index, String word) {
		List<String> words = text.lowerCaseWords();
		for (int i = first(text, index); i <= last(text, index); i++) {
			if (words.get(i).equals(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the clause around the token has a name and no number other than a result (5:2),
	 * in digits or words (12 Asse, zwölf Asse).
	 */
	private static boolean namesSomeoneCountingNothing(AnalyzedText text, int index) {
		int first = first(text, index);
		int last = last(text, index);
		for (int i = first; i <= last; i++) {
			if (text.tags().get(i).equals("NUM") && text.tokens().get(i).text().indexOf(':') < 0) {
				return false;
			}
		}
		for (Term term : text.terms()) {
			if (term.index() >= first && term.index() <= last) {
				if (term.kind() == TermKind.NUMBER && term.text().indexOf(':') < 0) {
					return false;
				}
			}
		}
		return text.terms().stream().anyMatch(term -> term.kind() == TermKind.NAME && term.index() >= first && term.index() <= last);
	}

	private static int first(AnalyzedText text, int index) {
		int i = index;
		while (i > 0 && !BOUNDARIES.contains(text.tokens().get(i - 1).text())) {
			i--;
		}
		return i;
	}

	private static int last(AnalyzedText text, int index) {
		int i = index;
		while (i < text.tokens().size() - 1 && !BOUNDARIES.contains(text.tokens().get(i + 1).text())) {
			i++;
		}
		return i;
	}
}
