package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The reflexive befinden (Das Museum befindet sich in Kairo): it says where something is, as sein
 * does (Das Museum ist in Kairo). A sentence that gives the claim's place after the claim's own
 * preposition (das Museum in Kairo) says it, so the verb is no element it must also give. The verb
 * without a reflexive pronoun (befand den Plan für gut) judges and is a full verb; a sentence that
 * gives the place after another preposition (fuhr von Kairo ab) puts the subject elsewhere.
 */
public final class LocativeCopula {

	private static final Set<String> REFLEXIVES = Set.of("sich", "mich", "dich", "uns", "euch");

	/** Prepositions merged with an article, by the preposition they contain (im Kino: in). */
	private static final Map<String, String> MERGED = Map.of("im", "in", "ins", "in", "am", "an", "ans", "an", "beim", "bei",
			"zum", "zu", "zur", "zu", "vom", "von");

	private static final Set<String> BEFORE_THE_PLACE = Set.of("DET", "ADJ");

	private LocativeCopula() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return whether the term is a form of befinden with a reflexive pronoun in its clause, and the
	 *         sentence gives each place of that clause after the same preposition as the claim
	 */
	public static boolean placedAsTheClaim(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term term) {
		if (term.kind() != TermKind.VERB || !claim.lemmas().get(term.index()).equals("befinden")) {
			return false;
		}
		List<String> words = claim.lowerCaseWords();
		List<String> tags = claim.tags();
		int start = term.index();
		while (start > 0 && !tags.get(start - 1).equals("PUNCT")) {
			start--;
		}
		int end = term.index();
		while (end + 1 < words.size() && !tags.get(end + 1).equals("PUNCT")) {
			end++;
		}
		boolean reflexive = false;
		boolean placed = false;
		for (int i = start; i <= end; i++) {
			reflexive |= REFLEXIVES.contains(words.get(i));
			if (tags.get(i).startsWith("ADP")) {
				if (!placedAfter(preposition(words.get(i)), place(tags, i, end), sentence, alignment)) {
					return false;
				}
				placed = true;
			}
		}
		return reflexive && placed;
	}

	/** The first noun or name after the preposition at {@code at}, within the clause, or -1. */
	private static int place(List<String> tags, int at, int end) {
		for (int i = at + 1; i <= end; i++) {
			if (tags.get(i).equals("NOUN") || tags.get(i).equals("PROPN")) {
				return i;
			}
			if (!BEFORE_THE_PLACE.contains(tags.get(i))) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean placedAfter(String preposition, int place, AnalyzedText sentence, Alignment alignment) {
		Optional<TermMatch> match = alignment.matches().stream()
				.filter(m -> m.claimTerm().index() == place && m.score() >= Alignment.REALISED && m.realisedInSentence()).findFirst();
		if (place < 0 || match.isEmpty()) {
			return false;
		}
		int at = match.get().sentenceTerm().index() - 1;
		while (at >= 0 && BEFORE_THE_PLACE.contains(sentence.tags().get(at))) {
			at--;
		}
		return at >= 0 && sentence.tags().get(at).startsWith("ADP") && preposition(sentence.lowerCaseWords().get(at)).equals(preposition);
	}

	private static String preposition(String word) {
		return MERGED.getOrDefault(word, word);
	}
}
