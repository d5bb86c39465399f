package org.factcheck.evidence.aspects;

import java.util.List;
import java.util.Optional;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Term;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.text.lexicon.Countries;

/**
 * The place a claim gives a thing by an adjective (ein deutscher Mautanbieter) realised by a place
 * name that the sentence gives another thing (Deutschlands Mauteinnahmen, die Einnahmen Deutschlands):
 * the sentence does not say where the claim's thing is from; nor does one that gives the claim's
 * thing another country's adjective (des österreichischen Mautanbieters). A place name beside the
 * realisation of the claim's noun (Deutschlands Mautanbieter) or standing on its own (in
 * Deutschland) is not concerned.
 */
public final class PlaceOfAnotherThing {

	private PlaceOfAnotherThing() {
	}

	/**
	 * The token of the sentence's place name that belongs to another noun, or of another country's
	 * adjective on the claim's noun; empty if none.
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		for (TermMatch match : alignment.matches()) {
			Term adjective = match.claimTerm();
			Optional<Integer> otherCountry = anotherCountry(claim, sentence, alignment, adjective);
			if (otherCountry.isPresent()) {
				return otherCountry;
			}
			if (!match.realisedInSentence() || match.how() != TermMatch.How.DERIVED || adjective.kind() != TermKind.ADJECTIVE
					|| match.sentenceTerm().kind() != TermKind.NAME) {
				continue;
			}
			int head = headNoun(claim, adjective.index());
			Optional<Integer> realisedHead = realised(alignment, head);
			int name = match.sentenceTerm().index();
			if (realisedHead.isPresent() && belongsToAnotherNoun(sentence, name, realisedHead.get())) {
				return Optional.of(name);
			}
		}
		return Optional.empty();
	}

	/**
	 * An adjective of another country than the claim's adjective names, before the sentence's
	 * realisation of the claim's noun (ein deutscher Mautanbieter / des österreichischen Mautanbieters).
	 */
	private static Optional<Integer> anotherCountry(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Term adjective) {
		if (adjective.kind() != TermKind.ADJECTIVE) {
			return Optional.empty();
		}
		Optional<Countries.Country> country = Countries.german().ofAdjective(adjective.text());
		int head = headNoun(claim, adjective.index());
		if (country.isEmpty() || head < 0) {
			return Optional.empty();
		}
		Optional<Integer> realisedHead = realised(alignment, head);
		if (realisedHead.isEmpty()) {
			return Optional.empty();
		}
		List<String> tags = sentence.tags();
		for (int i = realisedHead.get() - 1; i >= 0 && tags.get(i).equals("ADJ"); i--) {
			Optional<Countries.Country> other = Countries.german().ofAdjective(sentence.tokens().get(i).text());
			if (other.isPresent() && !other.equals(country)) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private static Optional<Integer> realised(Alignment alignment, int claimToken) {
		return alignment.matches().stream().filter(m -> m.claimTerm().index() == claimToken && m.realisedInSentence())
				.map(m -> m.sentenceTerm().index()).findFirst();
	}

	/** The noun the adjective stands before, other adjectives between; -1 if none. */
	private static int headNoun(AnalyzedText claim, int adjective) {
		List<String> tags = claim.tags();
		int i = adjective + 1;
		while (i < tags.size() && tags.get(i).equals("ADJ")) {
			i++;
		}
		return i < tags.size() && tags.get(i).equals("NOUN") ? i : -1;
	}

	/** A noun right after the name (Deutschlands Einnahmen) or right before it (die Einnahmen Deutschlands), not the claim's own. */
	private static boolean belongsToAnotherNoun(AnalyzedText sentence, int name, int head) {
		List<String> tags = sentence.tags();
		return name + 1 < tags.size() && tags.get(name + 1).equals("NOUN") && name + 1 != head
				|| name > 0 && tags.get(name - 1).equals("NOUN") && name - 1 != head;
	}
}
