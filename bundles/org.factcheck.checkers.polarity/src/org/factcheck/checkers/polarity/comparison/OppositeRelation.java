package org.factcheck.checkers.polarity.comparison;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * A claim that places a thing by a preposition (unter dem Meeresspiegel, vor dem Krieg; a stance:
 * für den Bau) against a sentence that places the same thing by the opposite one (über dem
 * Meeresspiegel, nach dem Krieg, gegen den Bau) wherever it names the thing, and by the claim's
 * nowhere. The sentence must realise every other element of the claim. (A sentence's first word is
 * taken for a preposition by its spelling: the tagger often reads a capitalised Hinter as a noun.)
 */
public final class OppositeRelation {

	private static final Map<String, String> OPPOSITES = Map.ofEntries(Map.entry("über", "unter"),
			Map.entry("unter", "über"), Map.entry("oberhalb", "unterhalb"), Map.entry("unterhalb", "oberhalb"),
			Map.entry("vor", "nach"), Map.entry("nach", "vor"), Map.entry("hinter", "vor"),
			Map.entry("innerhalb", "außerhalb"), Map.entry("außerhalb", "innerhalb"), Map.entry("für", "gegen"),
			Map.entry("gegen", "für"));

	/** Word classes that stand between a preposition and the noun it governs (dem tiefsten, den drei). */
	private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NUM", "ADV", "PRON");

	/** How far the thing may follow its preposition (unter dem tiefsten Meeresspiegel). */
	private static final int REACH = 4;

	/**
	 * @param claimPreposition    the claim's preposition
	 * @param sentencePreposition the sentence's opposite preposition for the same thing
	 */
	public record Found(int claimPreposition, int sentencePreposition) {
	}

	private OppositeRelation() {
	}

	/** @param tolerated how many of the claim's other elements the sentence may leave unrealised */
	public static Optional<Found> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, int tolerated) {
		if (alignment.unrealised(Elements::isElement).size() > tolerated) {
			return Optional.empty();
		}
		for (int p = 0; p < claim.tokens().size(); p++) {
			String preposition = claim.tokens().get(p).text().toLowerCase(Locale.GERMAN);
			if (!OPPOSITES.containsKey(preposition) || !claim.tags().get(p).equals("ADP")) {
				continue;
			}
			Optional<TermMatch> thing = governed(p, alignment);
			if (thing.isEmpty()) {
				continue;
			}
			List<Integer> prepositions = places(sentence, thing.get().sentenceTerm()).stream()
					.map(at -> prepositionBefore(sentence, at)).flatMap(Optional::stream).toList();
			Optional<Integer> opposed = prepositions.stream().filter(q -> opposite(preposition, lower(sentence, q))).findFirst();
			if (opposed.isPresent() && prepositions.stream().noneMatch(q -> lower(sentence, q).equals(preposition))) {
				return Optional.of(new Found(p, opposed.get()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the sentence names the thing: the word realising it and every other with its key, so that
	 * a sentence naming it twice (besser als der Durchschnitt … unter dem Durchschnitt) is read at both.
	 */
	private static Set<Integer> places(AnalyzedText sentence, Term realising) {
		Set<Integer> places = new TreeSet<>();
		places.add(realising.index());
		sentence.terms().stream().filter(t -> t.key().equals(realising.key())).forEach(t -> places.add(t.index()));
		return places;
	}

	/**
	 * The preposition right before the thing, if the words before it up to {@link #REACH} hold one
	 * and only words of the thing's phrase stand between (unter dem tiefsten Meeresspiegel; not Vor
	 * 20 Jahren zwangen Proteste, where vor governs another noun).
	 */
	private static Optional<Integer> prepositionBefore(AnalyzedText sentence, int at) {
		for (int q = at - 1; q >= Math.max(0, at - REACH); q--) {
			if (sentence.tags().get(q).equals("ADP") || q == 0 && OPPOSITES.containsKey(lower(sentence, q))) {
				return Optional.of(q);
			}
			if (!PHRASE.contains(sentence.tags().get(q))) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static String lower(AnalyzedText text, int token) {
		return text.tokens().get(token).text().toLowerCase(Locale.GERMAN);
	}

	private static boolean opposite(String a, String b) {
		return b.equals(OPPOSITES.get(a)) || a.equals(OPPOSITES.get(b));
	}

	/** The first noun or name after the preposition, realised by the sentence. */
	private static Optional<TermMatch> governed(int preposition, Alignment alignment) {
		return alignment.matches().stream()
				.filter(m -> m.claimTerm().index() > preposition && m.claimTerm().index() <= preposition + REACH
						&& (m.claimTerm().kind() == TermKind.NOUN || m.claimTerm().kind() == TermKind.NAME))
				.findFirst().filter(m -> m.score() >= Alignment.REALISED && m.sentenceTerm() != null);
	}
}
