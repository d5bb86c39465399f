package org.factcheck.evidence.terms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reflexive befinden (Das Museum befindet sich in Kairo): it says where something is, as sein
 * does (Das Museum ist in Kairo), so like sein it is no element of what a claim states; its place
 * phrase is. The verb without a reflexive pronoun (befand den Plan für gut) judges and is a full verb.
 */
public final class LocativeCopula {

	private static final Set<String> REFLEXIVES = Set.of("sich", "mich", "dich", "uns", "euch");

	private LocativeCopula() {
	}

	/** Whether the term is a form of befinden with a reflexive pronoun in its clause of the text. */
	public static boolean links(AnalyzedText text, Term term) {
		if (term.kind() != TermKind.VERB || !text.lemmas().get(term.index()).toLowerCase(Locale.GERMAN).equals("befinden")) {
			return false;
		}
		List<String> words = text.lowerCaseWords();
		List<String> tags = text.tags();
		for (int i = term.index() - 1; i >= 0 && !tags.get(i).equals("PUNCT"); i--) {
			if (REFLEXIVES.contains(words.get(i))) {
				return true;
			}
		}
		for (int i = term.index() + 1; i < words.size() && !tags.get(i).equals("PUNCT"); i++) {
			if (REFLEXIVES.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}
}
