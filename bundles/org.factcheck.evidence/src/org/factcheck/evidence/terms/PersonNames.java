package org.factcheck.evidence.terms;

import java.util.List;
import java.util.Optional;

import org.factcheck.text.lexicon.GermanLexicon;
import org.factcheck.text.lexicon.NameCategory;

/**
 * Names of people. A name that may be a speaker is no place, day or month; a pronoun or a
 * description (er, der Minister) refers to the person a text named last, not to any it named before.
 */
public final class PersonNames {

	private PersonNames() {
	}

	public static boolean isPersonLike(Term term) {
		return term.kind() == TermKind.NAME && !GermanLexicon.german().nameCategory(term.text()).isPlace()
				&& !Specifics.pinsDown(term);
	}

	/**
	 * Whether the name names a person, by the lexicon or by a first name beside it among the text's
	 * words (Maria Sacharowa): organisations and products (Knowm, Vangardist) are referred to by
	 * other words than people, so only people are resolved to the person named last.
	 */
	public static boolean isPerson(List<Term> words, Term term) {
		if (term.kind() != TermKind.NAME) {
			return false;
		}
		if (category(term).isPerson()) {
			return true;
		}
		for (int i = 0; i < words.size(); i++) {
			Term word = words.get(i);
			if (Math.abs(word.index() - term.index()) == 1 && category(word) == NameCategory.FIRST_NAME) {
				return true;
			}
		}
		return false;
	}

	private static NameCategory category(Term term) {
		return GermanLexicon.german().nameCategory(term.text());
	}

	/**
	 * @param before texts in their order in the document
	 * @return the position in {@code before} of the last text that names a person: the one a
	 *         pronoun or description after them refers to
	 */
	public static Optional<Integer> antecedent(List<AnalyzedText> before) {
		for (int i = before.size() - 1; i >= 0; i--) {
			List<Term> terms = before.get(i).terms();
			for (int t = 0; t < terms.size(); t++) {
				if (isPerson(terms, terms.get(t))) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}
}
