package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.ReportingVerbs;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;

/**
 * The sentence of the claim's act puts it in another place than the claim (eröffnete in Linz for
 * eröffnete in Salzburg) while the claim's place is realised only elsewhere: by the next sentence of
 * a passage (Danach fuhr sie nach Salzburg weiter) or by the sentences before it. Another place
 * after a preposition of place in the act's own sentence says where the act happened, and for a
 * claim's destination (wechselt zu Borussia Dortmund) another name after zu, zum or zur (des zu
 * Bayern München wechselnden …) says where it leads; a place further away belongs to something else.
 *
 * @param claimPlace    the claim's place
 * @param sentencePlace the token of the other place in the sentence of the act
 */
public record AnotherPlace(Term claimPlace, int sentencePlace) {

	/** How far a place may follow its preposition (in der steirischen Hauptstadt Graz). */
	private static final int REACH = 3;

	public static Optional<AnotherPlace> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		Optional<TermMatch> act = act(alignment);
		if (act.isEmpty()) {
			return Optional.empty();
		}
		int[] span = sentenceAround(sentence, act.get().sentenceTerm().index());
		Set<Integer> realising = alignment.matchedSentenceTokens();
		for (TermMatch place : alignment.matches()) {
			if (!Stating.locates(claim, place.claimTerm()) || realisedWithin(place, span)) {
				continue;
			}
			boolean destination = Stating.givesDestination(claim, place.claimTerm());
			for (int i = span[0]; i < span[1]; i++) {
				String word = sentence.lowerCaseWords().get(i);
				if ((Stating.placesBy(word) || destination && Stating.leadsTo(word)) && sentence.tags().get(i).startsWith("ADP")) {
					Optional<Integer> other = placeAfter(sentence, i, span[1], realising, place.claimTerm());
					if (other.isPresent()) {
						return Optional.of(new AnotherPlace(place.claimTerm(), other.get()));
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean realisedWithin(TermMatch place, int[] span) {
		return place.realisedInSentence()
				&& place.sentenceTerm().index() >= span[0] && place.sentenceTerm().index() < span[1];
	}

	/** A proper name shortly after the preposition that realises nothing of the claim. */
	private static Optional<Integer> placeAfter(AnalyzedText sentence, int preposition, int end, Set<Integer> realising,
			Term claimPlace) {
		for (int j = preposition + 1; j < Math.min(end, preposition + 1 + REACH); j++) {
			String tag = sentence.tags().get(j);
			if (tag.equals("PROPN") && !dates(sentence, j)) {
				String word = sentence.tokens().get(j).text();
				boolean same = word.toLowerCase(Locale.GERMAN).startsWith(claimPlace.text().toLowerCase(Locale.GERMAN))
						|| claimPlace.text().toLowerCase(Locale.GERMAN).startsWith(word.toLowerCase(Locale.GERMAN));
				return realising.contains(j) || same || !Character.isUpperCase(word.charAt(0)) ? Optional.empty()
						: Optional.of(j);
			}
			if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NOUN")) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Whether the token is part of a date (im Juni, am Montag), which places nothing. */
	private static boolean dates(AnalyzedText sentence, int token) {
		int start = sentence.tokens().get(token).start();
		return sentence.dates().stream().anyMatch(d -> d != null && d.start() <= start && start < d.end());
	}

	/** The claim's first full verb, realised by a word of the sentence itself. */
	private static Optional<TermMatch> act(Alignment alignment) {
		return alignment.matches().stream().filter(m -> m.claimTerm().kind() == TermKind.VERB
				&& Elements.isElement(m.claimTerm()) && !ReportingVerbs.isReporting(m.claimTerm())).findFirst()
				.filter(TermMatch::realisedInSentence);
	}

	/** The tokens of the sentence (of a passage of several) that holds the given token: [from, to). */
	private static int[] sentenceAround(AnalyzedText text, int token) {
		List<String> words = text.lowerCaseWords();
		int from = token;
		while (from > 0 && !ends(words.get(from - 1), text.tags().get(from - 1))) {
			from--;
		}
		int to = token;
		while (to < words.size() && !ends(words.get(to), text.tags().get(to))) {
			to++;
		}
		return new int[] { from, to };
	}

	private static boolean ends(String word, String tag) {
		return tag.equals("PUNCT") && (word.equals(".") || word.equals("!") || word.equals("?"));
	}
}
