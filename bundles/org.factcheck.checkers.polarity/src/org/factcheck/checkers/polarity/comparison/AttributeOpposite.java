package org.factcheck.checkers.polarity.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.factcheck.checkers.polarity.analysis.ClauseNegation;
import org.factcheck.checkers.polarity.analysis.PolarityText;
import org.factcheck.checkers.polarity.clauses.Clause;
import org.factcheck.checkers.polarity.lexicon.Antonyms;
import org.factcheck.checkers.polarity.lexicon.Pole;
import org.factcheck.checkers.polarity.lexicon.Word;
import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.TermKind;
import org.factcheck.evidence.terms.WordKeys;

/**
 * A claim that says of a thing what its source says the opposite of, about the same thing: the claim
 * puts an adjective on one of its nouns, before it or as its predicate (Die Gasse war laut, eine
 * kalte Suppe), and the source's sentence realises that noun and puts the opposite adjective on it
 * the same way (die ruhige Gasse, die Suppe war heiß; antonym lexicon or un- prefix). The noun ties
 * the two adjectives to one thing, so the claim's other words need not be there: a claim that adds
 * details still says the opposite of what its source says of that thing. Both clauses must be
 * asserted and free of negation, and neither adjective may realise a word of the other text.
 */
public final class AttributeOpposite {

	/** How far an adjective may stand from its noun: a copula and an article between (ist das Teuerste). */
	private static final int REACH = 3;

	/**
	 * @param claimToken    the claim's adjective
	 * @param sentenceToken the sentence's opposite adjective
	 * @param claimNoun     the claim's noun both are said of
	 */
	public record Found(int claimToken, int sentenceToken, int claimNoun) {
	}

	private AttributeOpposite() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the first claim adjective whose opposite the sentence puts on the noun realising the claim's
	 */
	public static Optional<Found> find(PolarityText claim, PolarityText sentence, Alignment alignment) {
		if (claim.isQuestion() || sentence.isQuestion()) {
			return Optional.empty();
		}
		Set<Integer> accounted = alignment.matchedSentenceTokens();
		Set<Integer> realisedClaim = new HashSet<>();
		for (TermMatch match : alignment.matches()) {
			if (match.score() >= Alignment.REALISED) {
				realisedClaim.add(match.claimTerm().index());
			}
		}
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			if (kind != TermKind.NOUN && kind != TermKind.NAME || !match.realisedInSentence() || match.byReference()) {
				continue;
			}
			int claimNoun = match.claimTerm().index();
			int sentenceNoun = match.sentenceTerm().index();
			for (int c = Math.max(0, claimNoun - REACH); c <= Math.min(claim.words().size() - 1, claimNoun + REACH); c++) {
				if (c == claimNoun || realisedClaim.contains(c) || !attached(claim, c, claimNoun)) {
					continue;
				}
				for (int s = Math.max(0, sentenceNoun - REACH); s <= Math.min(sentence.words().size() - 1, sentenceNoun + REACH); s++) {
					if (s != sentenceNoun && !accounted.contains(s) && attached(sentence, s, sentenceNoun)
							&& (Substitution.opposes(claim, c, sentence, s) || opposedAsAdjectives(claim, c, sentence, s))) {
						return Optional.of(new Found(c, s, claimNoun));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the word at {@code word} is said of the noun at {@code noun} in a plain clause: an
	 * adjective right before it (after other adjectives, adverbs or und), or its predicate after it
	 * with a copula (Das Zimmer war das Billigste, dass die Brücke oft voll ist).
	 */
	private static boolean attached(PolarityText text, int word, int noun) {
		Optional<Clause> clause = text.clauses().stream().filter(cl -> cl.contains(word) && cl.contains(noun)).findFirst();
		if (clause.isEmpty() || !plain(text, clause.get())) {
			return false;
		}
		String tag = text.words().get(word).tag();
		if (word < noun) {
			return tag.equals("ADJ") && between(word, noun).allMatch(t -> {
				String between = text.words().get(t).tag();
				return between.equals("ADJ") || between.equals("ADV") || between.equals("CCONJ")
						|| text.words().get(t).text().equals(",");
			});
		}
		if (!tag.equals("ADJ") && !tag.equals("ADV") && !tag.equals("NOUN")) {
			return false;
		}
		boolean onlyLinking = between(noun, word).allMatch(t -> {
			String between = text.words().get(t).tag();
			return between.equals("AUX") || between.equals("VERB") && copula(text, t) || between.equals("DET")
					|| between.equals("ADV");
		});
		boolean copula = between(noun, word).anyMatch(t -> copula(text, t))
				|| word + 1 < text.words().size() && clause.get().contains(word + 1) && copula(text, word + 1);
		return onlyLinking && copula;
	}

	/**
	 * Whether the two words are opposites in the antonym lexicon read as adjectives in their base
	 * form: an inflected or graded adjective the lexicon's reading of the clause misses because the
	 * tagger's lemma takes it for another word (heiße as the verb heißen, das Teuerste as a noun).
	 */
	private static boolean opposedAsAdjectives(PolarityText claim, int claimToken, PolarityText sentence, int sentenceToken) {
		List<Pole> claimPoles = adjectivePoles(claim, claimToken);
		if (claimPoles.isEmpty()) {
			return false;
		}
		List<Pole> sentencePoles = adjectivePoles(sentence, sentenceToken);
		return claimPoles.stream().anyMatch(x -> sentencePoles.stream().anyMatch(x::opposes));
	}

	/** The lexicon's adjectives the word may be a form of: itself without an ending of inflection or degree. */
	private static List<Pole> adjectivePoles(PolarityText text, int token) {
		String lower = text.words().get(token).text().toLowerCase(Locale.GERMAN);
		List<Pole> poles = new ArrayList<>();
		for (String base : bases(lower)) {
			Word word = new Word(token, base, "ADJ", WordKeys.fold(base), null, Set.of());
			poles.addAll(Antonyms.german().find(List.of(word)));
		}
		return poles;
	}

	/** Endings of inflection, comparison and superlative, longest first. */
	private static final List<String> ENDINGS = List.of("sten", "stem", "ster", "stes", "ste", "en", "em", "er", "es", "e");

	private static List<String> bases(String word) {
		List<String> bases = new ArrayList<>();
		bases.add(word);
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
				bases.add(word.substring(0, word.length() - ending.length()));
			}
		}
		return bases;
	}

	private static IntStream between(int from, int to) {
		return IntStream.range(from + 1, to);
	}

	private static boolean copula(PolarityText text, int token) {
		return Copulas.any(text.words().get(token).text());
	}

	/** An asserted clause that no negation, hedge or partial negation bears on. */
	private static boolean plain(PolarityText text, Clause clause) {
		ClauseNegation negation = text.negation(clause);
		return clause.kind().carriesSentencePolarity() && negation.cues().isEmpty() && !negation.partial();
	}
}
