package org.factcheck.evidence.aspects;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.factcheck.evidence.alignment.Alignment;
import org.factcheck.evidence.alignment.TermMatch;
import org.factcheck.evidence.terms.AnalyzedText;
import org.factcheck.evidence.terms.Copulas;
import org.factcheck.evidence.terms.Elements;
import org.factcheck.evidence.terms.NegationCues;
import org.factcheck.evidence.terms.TermKind;

/**
 * A sentence whose clause realising one of the claim's verbs, predicative adjectives or predicative
 * nouns denies something (Er ist nicht für den Einsatz in Produkten gedacht, sondern …; Sie hat nie
 * verloren; Die Ursache war das nicht), or whose zu-infinitive
 * realising it gives an act a verb of refusal denies ({@link RefusedAct}: weigerte sich, … zu zahlen),
 * while the claim denies nothing: the clause says the opposite or something else, so the sentence does not state the
 * claim — wherever in the clause the negation stands, unlike {@link LocalDenial}. The clause reaches
 * from the punctuation before the realising word to the punctuation after it; a weder that opens it
 * (werde weder ein Protokoll geführt noch …) denies it, though the tagger takes it for a conjunction. Negation words in the
 * phrases that do not negate (nicht nur, nicht zuletzt: {@link NegationCues#phrases}) do not count;
 * those that negate partly (nicht immer, nicht alle) do, since such a clause does not state the claim
 * either.
 */
public final class ClauseDenial {

	private ClauseDenial() {
	}

	/**
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that denies the clause of a realised word, when the claim denies nothing
	 */
	public static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		return find(claim, sentence, alignment, match -> true);
	}

	/**
	 * {@link #find} where the realising word is the claim's own or as broad: a denied narrower act
	 * does not deny the broader one the claim states (nicht als Angreifer erkannt / erschienen), though
	 * it does not state it either.
	 *
	 * @param alignment the claim's alignment to the sentence, from the evidence library
	 * @return the sentence token that denies the clause of such a realised word, when the claim denies nothing
	 */
	public static Optional<Integer> denying(AnalyzedText claim, AnalyzedText sentence, Alignment alignment) {
		return find(claim, sentence, alignment, match -> match.how() != TermMatch.How.NARROWER);
	}

	private static Optional<Integer> find(AnalyzedText claim, AnalyzedText sentence, Alignment alignment, Predicate<TermMatch> bearing) {
		NegationCues cues = NegationCues.german();
		if (claim.lowerCaseWords().stream().anyMatch(cues::denies) || !RefusedAct.find(claim).isEmpty()) {
			return Optional.empty();
		}
		List<RefusedAct> refusals = RefusedAct.find(sentence);
		List<String> words = sentence.lowerCaseWords();
		Set<Integer> notNegating = cues.phraseTokens(words, effect -> true);
		for (TermMatch match : alignment.matches()) {
			TermKind kind = match.claimTerm().kind();
			boolean predicativeNoun = kind == TermKind.NOUN && predicativeNoun(claim, match.claimTerm().index());
			if (!bearing.test(match) || !(kind == TermKind.VERB || kind == TermKind.ADJECTIVE || predicativeNoun) || !Elements.isElement(match.claimTerm())
					|| match.score() < Alignment.REALISED || match.sentenceTerm() == null || match.byReference()
					|| attributive(claim, match.claimTerm().index())
					|| !(predicativeNoun ? inCopulaClause(sentence, match.sentenceTerm().index()) : predicate(sentence, match.sentenceTerm().index()))) {
				continue;
			}
			int at = match.sentenceTerm().index();
			Optional<RefusedAct> refusal = refusals.stream().filter(r -> r.act() == at).findFirst();
			if (refusal.isPresent()) {
				return Optional.of(refusal.get().verb());
			}
			for (int i = at - 1; i >= 0; i--) {
				if (denies(cues, words, notNegating, i) && !deniesOtherPhrase(sentence, alignment, i)
						&& !CorrectedPhrase.corrects(claim, sentence, alignment, i)) {
					return Optional.of(i);
				}
				if (ClauseBoundary.at(sentence, i)) {
					break;
				}
			}
			for (int i = at + 1; i < words.size() && !ClauseBoundary.at(sentence, i); i++) {
				if (denies(cues, words, notNegating, i) && !deniesOtherPhrase(sentence, alignment, i)
						&& !CorrectedPhrase.corrects(claim, sentence, alignment, i)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	/** An adjective before a noun (die dritte Staffel): it describes a thing, it is not what the clause says of it. */
	private static boolean attributive(AnalyzedText text, int token) {
		List<String> tags = text.tags();
		return tags.get(token).equals("ADJ") && token + 1 < tags.size()
				&& (tags.get(token + 1).equals("NOUN") || tags.get(token + 1).equals("PROPN"));
	}

	/**
	 * The first noun after a copula of being, with no verb between (Der Müll war die Ursache), or the
	 * noun right before the verbs that close its clause when one of them is sein or bleiben (…, dass
	 * der Müll die Ursache war; er werde ein Prophet sein): what the claim says its subject is, so a
	 * sentence that denies it of that noun denies the claim.
	 */
	private static boolean predicativeNoun(AnalyzedText claim, int token) {
		for (int i = token - 1; i >= 0 && !ClauseBoundary.at(claim, i); i--) {
			String tag = claim.tags().get(i);
			if (Copulas.ofBeing(claim.tokens().get(i).text())) {
				return true;
			}
			if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("VERB")) {
				break;
			}
		}
		return closedByBeing(claim, token);
	}

	/** Whether only verbs follow the token in its clause, one of them a form of sein or bleiben. */
	private static boolean closedByBeing(AnalyzedText text, int token) {
		boolean being = false;
		int i = token + 1;
		for (; i < text.tags().size() && !ClauseBoundary.at(text, i); i++) {
			if (!isCopula(text, i) && !text.tags().get(i).equals("AUX") && !text.tags().get(i).equals("VERB")) {
				return false;
			}
			being |= isCopula(text, i);
		}
		return being && i > token + 1;
	}

	/** Whether the clause around the token is joined by a copula of being (Die Ursache war das nicht, wird nie ein Held sein). */
	private static boolean inCopulaClause(AnalyzedText sentence, int token) {
		int end = ClauseBoundary.end(sentence, token);
		for (int i = ClauseBoundary.start(sentence, token); i <= end; i++) {
			if (isCopula(sentence, i)) {
				return true;
			}
		}
		return false;
	}

	/** A finite form of sein or bleiben, or its infinitive or participle as a verb (not the possessive sein). */
	private static boolean isCopula(AnalyzedText text, int at) {
		String word = text.tokens().get(at).text();
		String tag = text.tags().get(at);
		return Copulas.ofBeing(word) || Copulas.nonFiniteOfBeing(word) && (tag.equals("AUX") || tag.equals("VERB"));
	}

	/**
	 * A verb or a predicative adjective: a noun realising the claim's verb (von seiner Verpflichtung
	 * entbinden) stands in a phrase of another verb, which decides what the negation means.
	 */
	private static boolean predicate(AnalyzedText sentence, int token) {
		String tag = sentence.tags().get(token);
		return (tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ")) && !attributive(sentence, token);
	}

	private static boolean denies(NegationCues cues, List<String> words, Set<Integer> notNegating, int at) {
		return cues.denies(words.get(at)) && !notNegating.contains(at);
	}

	/**
	 * A negation right before a phrase with a preposition or als that realises nothing of the claim
	 * (will nicht als Vize antreten): it denies that phrase, which the claim does not say, and leaves
	 * the rest to the other rules. The phrase runs to the next verb or punctuation.
	 */
	private static boolean deniesOtherPhrase(AnalyzedText sentence, Alignment alignment, int negation) {
		List<String> tags = sentence.tags();
		int first = negation + 1;
		if (first >= tags.size() || !(tags.get(first).startsWith("ADP") || sentence.tokens().get(first).text().equals("als"))) {
			return false;
		}
		Set<Integer> realised = new HashSet<>();
		alignment.matches().stream().filter(TermMatch::realisedInSentence)
				.forEach(m -> realised.add(m.sentenceTerm().index()));
		for (int i = first; i < tags.size() && !ClauseBoundary.at(sentence, i) && !tags.get(i).equals("VERB") && !tags.get(i).equals("AUX"); i++) {
			if (realised.contains(i)) {
				return false;
			}
		}
		return true;
	}
}
